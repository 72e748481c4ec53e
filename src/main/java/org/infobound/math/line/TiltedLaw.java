package org.infobound.math.line;

import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * The exponential tilt of a law by {@code 1/beta} (catalogue M-Def2, the KL-penalised optimum
 * for reward x): density {@code f(x) e^{x/beta} / Z}, {@code Z = E e^{X/beta}}.
 *
 * <p>{@link #of(LineLaw, double)} returns a closed form where one exists: normal(m, s) ->
 * normal(m + s^2/beta, s); exponential(rate) -> exponential(rate - 1/beta) if
 * {@code rate > 1/beta}; gamma(k, theta) -> gamma(k, 1/(1/theta - 1/beta)) if
 * {@code theta < beta}. Otherwise a {@code TiltedLaw} with Z by quadrature (approximate, about
 * 1e-12 relative); its cdf and quantile are by quadrature and root finding (slow: meant for
 * cross-checks, not bulk sampling). A tilt with {@code Z = inf} (pareto; exponential, gamma,
 * laplace, logistic, gumbel beyond their mgf radius) is rejected.
 */
public final class TiltedLaw implements LineLaw {

    private final LineLaw base;
    private final double beta;
    private final LineValue logZ;
    /** The shift: the peak of {@code x/beta + log f(x)} (or the finite upper support end). */
    private final double centre;
    /** {@code log E e^{(X - centre)/beta}} (approximate, by quadrature). */
    private final LineValue logZc;
    /** Cut points around the tilted peak, at the law's and at the tilt's scale. */
    private final double[] peakCuts;
    /**
     * Whether the tilt's scale beta is below the resolution of doubles at the peak: the law is
     * then, in doubles, the point mass at {@link #centre} (its float values are those of it).
     */
    private final boolean atom;
    /** The tilted law's width where one is known (order of magnitude), else NaN. */
    private final double width;

    private TiltedLaw(LineLaw base, double beta) {
        this.base = base;
        this.beta = beta;
        double l = 1.0 / beta;
        // log Z is kept relative to a centre near the tilted mass: x/beta - log Z in doubles
        // cancels catastrophically for small beta (beta = 2^-40 on U(0, 1): log Z = 2^40 - 40 log 2
        // with an absolute error of 0.4; beta = 2^-1000: l x overflows the integrand's scale)
        // (the finite upper end where there is one: as beta falls the mass moves there, and
        // l (x - up) stays accurate; numericLogMgf shifts by the integrand's own peak anyway)
        double up = base.supportUpper();
        this.centre = Double.isFinite(up) ? up : LineMoments.logMgfPeak(base, l, 0.0);
        // a width of the tilted law, where one is known: about beta when the support ends above
        // (the mass sits within O(beta) of the end once beta is below the resolution there); for
        // a family law unbounded above, the larger of its scale and 1/rho, rho = edge - 1/beta the
        // tilted right tail's rate; else (mixtures, bon: a narrow part can hide a wide one) none
        double w = Quadrature.scale(base);
        double rho = Tails.right(base) - l;
        this.width = Double.isFinite(up) ? beta
                : base instanceof FamilyLaw ? Math.max(w, rho > 0 && Double.isFinite(rho) ? 1.0 / rho : 0.0)
                : Double.NaN;
        this.atom = width < 64 * Math.ulp(centre) || Double.isFinite(up) && beta < 1e-290;
        this.peakCuts = java.util.stream.Stream.of(LineMoments.peakCuts(centre, w, l),
                LineMoments.tailCuts(base, centre, l, w)).flatMapToDouble(java.util.Arrays::stream).toArray();
        this.logZc = atom ? LineValue.exact(Double.NaN) : LineMoments.numericLogMgf(base, l, centre);
        this.logZ = atom ? LineValue.exact(Double.NaN)
                : new LineValue(centre * l + logZc.value(), logZc.errorEstimate(), false);
    }

    /**
     * Requires: base != null && beta > 0.
     * Requires: LineMoments.cgf(base, 1/beta) < inf.
     * Throws IllegalArgumentException when base == null || !(beta > 0) || E_base e^{X/beta} == inf.
     */
    /**
     * The tilt of {@code base} by {@code 1/beta}, in closed form where one exists.
     *
     * @throws IllegalArgumentException if beta is not a positive real or the tilt has
     *                                  {@code E e^{X/beta} = inf}
     */
    public static LineLaw of(LineLaw base, double beta) {
        Checks.notNull("base law", base);
        if (!(beta > 0.0)) {
            throw new IllegalArgumentException("tilt temperature beta must be > 0, got " + beta);
        }
        double l = 1.0 / beta;
        if (!(l < Tails.right(base))) {
            throw new IllegalArgumentException("tilt of " + base.describe() + " by 1/beta = " + l
                    + " is undefined: E e^{X/beta} = inf (mgf finite only for 1/beta < "
                    + Tails.right(base) + ")");
        }
        if (base instanceof FamilyLaw f) {
            // the closed-form family with its parameters formed exactly from the base's exact
            // parameters and the double beta (the law carries them: ExactLineValues reads them,
            // and TiltedLaw.exact keeps it only when they are doubles), at their nearest doubles
            org.hipparchus.fraction.BigFraction lq = org.hipparchus.fraction.BigFraction.ONE.divide(
                    new org.hipparchus.fraction.BigFraction(beta));
            org.hipparchus.fraction.BigFraction a = f.exactParam(0);
            org.hipparchus.fraction.BigFraction[] q;
            try {
                q = switch (f.family()) {
                    case NORMAL -> new org.hipparchus.fraction.BigFraction[] {
                        a.add(f.exactParam(1).pow(2).multiply(lq)), f.exactParam(1)};
                    case EXPONENTIAL -> new org.hipparchus.fraction.BigFraction[] {a.subtract(lq)};
                    case GAMMA -> new org.hipparchus.fraction.BigFraction[] {a, org.hipparchus.fraction.BigFraction.ONE
                            .divide(f.exactParam(1).reciprocal().subtract(lq))};
                    default -> null;
                };
            } catch (ArithmeticException e) {
                q = new org.hipparchus.fraction.BigFraction[] {org.hipparchus.fraction.BigFraction.ZERO};
            }
            if (q != null && (q.length != f.family().parameters().size() || f.family().invalidExact(q) != null)) {
                // exactly at or beyond the edge of the mgf's domain (the double test above passed)
                throw new IllegalArgumentException("tilt of " + base.describe() + " by 1/beta = " + l
                        + " is undefined: E e^{X/beta} = inf (exactly at or beyond the mgf's domain)");
            }
            if (q != null) {
                double[] d = new double[q.length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = org.infobound.num.Rationals.toDouble(q[i]);
                }
                return f.family().of(d).withExactParameters(q);
            }
        }
        return new TiltedLaw(base, beta);
    }

    /**
     * Requires: base != null && beta > 0.
     */
    /**
     * The tilt of {@code base} by {@code 1/beta} as the law itself: the closed-form family only
     * when its parameters are exactly the doubles computed (checked in exact rationals), else a
     * {@code TiltedLaw} (the certified route reads its exact base and beta; the closed form with
     * rounded parameters would be another law).
     */
    public static LineLaw exact(LineLaw base, double beta) {
        LineLaw closed = of(base, beta);
        if (!(closed instanceof FamilyLaw out) || !(base instanceof FamilyLaw f) || closed == base) {
            return closed;
        }
        for (int i = 0; i < out.family().parameters().size(); i++) {
            if (org.infobound.num.Rationals.of(out.param(i)).compareTo(out.exactParam(i)) != 0) {
                // a parameter of the closed form is not a double: keep the tilt of the exact base
                return new TiltedLaw(base, beta);
            }
        }
        org.hipparchus.fraction.BigFraction b = new org.hipparchus.fraction.BigFraction(beta);
        org.hipparchus.fraction.BigFraction l = org.hipparchus.fraction.BigFraction.ONE.divide(b);
        org.hipparchus.fraction.BigFraction want = switch (f.family()) {
            case NORMAL -> new org.hipparchus.fraction.BigFraction(f.param(0)).add(
                    new org.hipparchus.fraction.BigFraction(f.param(1)).pow(2).multiply(l));
            case EXPONENTIAL -> new org.hipparchus.fraction.BigFraction(f.param(0)).subtract(l);
            case GAMMA -> org.hipparchus.fraction.BigFraction.ONE.divide(org.hipparchus.fraction.BigFraction.ONE
                    .divide(new org.hipparchus.fraction.BigFraction(f.param(1))).subtract(l));
            default -> null;
        };
        int changed = f.family() == LineFamily.GAMMA ? 1 : 0;
        if (want != null && want.compareTo(new org.hipparchus.fraction.BigFraction(out.param(changed))) == 0) {
            return closed;
        }
        return new TiltedLaw(base, beta);
    }

    /** The untilted law. */
    public LineLaw base() {
        return base;
    }

    /** The temperature beta (tilt by 1/beta). */
    public double beta() {
        return beta;
    }

    /**
     * {@code log Z = log E_base e^{X/beta}} (approximate, by quadrature; NaN when the tilt is
     * below the resolution of doubles, see {@link #isAtom()}).
     */
    public LineValue logPartition() {
        return logZ;
    }

    /** Whether beta is below the resolution of doubles at the tilted peak (float values: the atom). */
    public boolean isAtom() {
        return atom;
    }

    /** Cut points around the tilted peak (for quadrature over this law). */
    double[] peakCuts() {
        return peakCuts.clone();
    }

    @Override
    public double cdf(double x) {
        if (atom) {
            return x < centre ? 0.0 : 1.0;
        }
        if (x <= supportLower()) {
            return 0.0;
        }
        return x >= supportUpper() ? 1.0 : Math.min(1.0, integral(supportLower(), x));
    }

    @Override
    public double survival(double x) {
        if (atom) {
            return x < centre ? 1.0 : 0.0;
        }
        if (x >= supportUpper()) {
            return 0.0;
        }
        return x <= supportLower() ? 1.0 : Math.min(1.0, integral(x, supportUpper()));
    }

    private double integral(double a, double b) {
        // cut at the base's support ends and quantiles inside [a, b] (the laplace's kink at its
        // centre left cdf(tilt(laplace(1/8, 13/8), 8), 5/2) 1.5e-6 relative off)
        java.util.TreeSet<Double> cuts = new java.util.TreeSet<>();
        cuts.add(a);
        cuts.add(b);
        for (double x : Quadrature.breakpoints(this)) {
            if (x > a && x < b) {
                cuts.add(x);
            }
        }
        double[] breaks = cuts.stream().mapToDouble(Double::doubleValue).toArray();
        return Quadrature.integrate(this::density, breaks, scale()).value();
    }

    private double scale() {
        double s = base.quantile(0.9) - base.quantile(0.1);
        return s > 0 && Double.isFinite(s) ? s : 1.0;
    }

    @Override
    public double density(double x) {
        double lf = logDensity(x);
        return lf == Double.NEGATIVE_INFINITY ? 0.0 : Math.exp(lf);
    }

    @Override
    public double logDensity(double x) {
        double lf = base.logDensity(x);
        if (atom) {
            return x == centre ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return lf == Double.NEGATIVE_INFINITY ? lf : lf + (x - centre) / beta - logZc.value();
    }

    @Override
    public double quantile(double u) {
        Checks.probability("quantile level u", u);
        if (u == 0.0 || u == 1.0) {
            return u == 0.0 ? supportLower() : supportUpper();
        }
        if (atom) {
            return centre;
        }
        double m = base.quantile(u);
        double s = Math.max(1e-300, base.quantile(0.75) - base.quantile(0.25));
        double a = Math.max(supportLower(), m - s);
        double b = Math.min(supportUpper(), m + s);
        while (cdf(a) > u) {
            a = Math.max(supportLower(), m - 2 * (m - a));
        }
        while (cdf(b) < u) {
            b = Math.min(supportUpper(), m + 2 * (b - m));
        }
        return new BrentSolver(1e-12, 1e-300).solve(2000, x -> cdf(x) - u, a, b);
    }

    @Override
    public double supportLower() {
        return base.supportLower();
    }

    @Override
    public double supportUpper() {
        return base.supportUpper();
    }

    @Override
    public double mean() {
        if (atom) {
            return centre;
        }
        double up = supportUpper();
        if (Double.isFinite(up)) {
            // up - E(up - X): the distance of the mean from the end keeps its relative accuracy
            // (beta(2, 3) tilted by 2^40: 1 - E X = 2.73e-12, E X directly was 5e-12 off)
            return up - LineMoments.expectation(this, x -> up - x).value();
        }
        return LineMoments.numericMean(this).value();
    }

    @Override
    public double variance() {
        // the atom: the square of the width, an order of magnitude only (beta^2 exactly for
        // U(a, b) tilted to its upper end); below the resolution of doubles at the mean either way
        if (atom) {
            return width * width;
        }
        // about this law's own mean (numericVariance's mean lacks the end correction of mean())
        double mu = mean();
        if (!Double.isFinite(mu)) {
            return LineMoments.numericVariance(this).value();
        }
        return LineMoments.expectation(this, x -> (x - mu) * (x - mu)).value();
    }

    @Override
    public String describe() {
        return "tilt(" + base.describe() + ", beta = " + beta + ")";
    }

    /** Same base law and the same beta (the law is determined by them). */
    @Override
    public boolean equals(Object o) {
        return o instanceof TiltedLaw t && Double.compare(t.beta, beta) == 0 && t.base.equals(base);
    }

    @Override
    public int hashCode() {
        return base.hashCode() * 31 + Double.hashCode(beta);
    }

    @Override
    public String toString() {
        return describe();
    }
}
