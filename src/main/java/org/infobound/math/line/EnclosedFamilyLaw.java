package org.infobound.math.line;

import java.util.Arrays;
import org.infobound.num.Interval;

/**
 * A law of a {@link LineFamily} whose exact parameters are not all doubles (e.g.
 * {@code gamma(1/3, 1)}, {@code beta(1/10 + 10^-18, 2)}), held as certified enclosures of the
 * parameters (spec/NUMERICS.md, "Exact law parameters"). Its float methods (cdf, density,
 * quantile, ...) are those of the law at the nearest doubles and only steer the search; the
 * certified routes ({@link CertifiedLineLaws#enclosedMean}, {@link CertifiedLineLaws#enclosedVariance},
 * {@link CertifiedLineLaws#enclosedEntropy} and the quadrature through {@link #carrier()}) are
 * interval arithmetic in the parameter enclosures, never the rounded parameter. Not a
 * {@link FamilyLaw}, so that no certified route written for exact double parameters reads the
 * nearest doubles as the law's own. Built by {@link LineFamily#enclosed}, which requires every
 * point of the enclosures to be a valid parameter.
 */
public final class EnclosedFamilyLaw implements LineLaw {

    private final FamilyLaw nearest;
    private final FamilyLaw carrier;
    private final Interval[] params;
    private final String text;
    private final boolean exact;

    EnclosedFamilyLaw(FamilyLaw nearest, Interval[] params, String text, boolean exact) {
        this.nearest = nearest;
        this.exact = exact;
        this.params = params.clone();
        this.text = text;
        double[] ps = new double[params.length];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = nearest.param(i);
        }
        this.carrier = new FamilyLaw(nearest.family(), ps, this.params);
    }

    /** The family. */
    public LineFamily family() {
        return nearest.family();
    }

    /** The enclosure of parameter i (contains the exact parameter). */
    public Interval param(int i) {
        return params[i];
    }

    /**
     * The exact rational parameter i when the parameters are exact rationals (the law was built
     * from a nearest law carrying them, {@link FamilyLaw#withExactParameters}), else null.
     */
    public org.hipparchus.fraction.BigFraction exactParam(int i) {
        if (!exact) {
            return null;
        }
        org.hipparchus.fraction.BigFraction q = nearest.exactParam(i);
        // the enclosure was built from the same exact rational: a mismatch means no exact value
        return Interval.of(q).equals(params[i]) ? q : null;
    }

    /** The law at the nearest doubles: a search hint only, never a certified value. */
    public FamilyLaw nearest() {
        return nearest;
    }

    /**
     * The family law whose {@link IntervalLogDensity} holds the enclosures (for
     * {@link CertifiedLineQuadrature}); its double parameters are the nearest doubles, used
     * only to place cut points.
     */
    public FamilyLaw carrier() {
        return carrier;
    }

    /** Whether the support of the family does not depend on its parameters. */
    public boolean fixedSupport() {
        return switch (family()) {
            case UNIFORM, PARETO -> false;
            default -> true;
        };
    }

    @Override
    public double cdf(double x) {
        return nearest.cdf(x);
    }

    @Override
    public double survival(double x) {
        return nearest.survival(x);
    }

    @Override
    public double density(double x) {
        return nearest.density(x);
    }

    @Override
    public double logDensity(double x) {
        return nearest.logDensity(x);
    }

    @Override
    public double quantile(double u) {
        return nearest.quantile(u);
    }

    @Override
    public double supportLower() {
        return nearest.supportLower();
    }

    @Override
    public double supportUpper() {
        return nearest.supportUpper();
    }

    @Override
    public double mean() {
        return nearest.mean();
    }

    @Override
    public double variance() {
        return nearest.variance();
    }

    @Override
    public String describe() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        // parameters known only by their enclosures: two such laws may differ inside them
        return exact && o instanceof EnclosedFamilyLaw e && e.nearest.equals(nearest) && Arrays.equals(e.params, params)
                && e.exact && e.text.equals(text);
    }

    @Override
    public int hashCode() {
        return nearest.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
