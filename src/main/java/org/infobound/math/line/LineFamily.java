package org.infobound.math.line;

import java.util.List;

/**
 * The parametric families of laws on the line, each backed by a Hipparchus distribution
 * ({@code org.hipparchus.distribution.continuous}). Parameters in the order listed:
 * <ul>
 * <li>{@code NORMAL(mu, sigma)}: mean mu, standard deviation sigma &gt; 0;</li>
 * <li>{@code EXPONENTIAL(rate)}: density {@code rate e^{-rate x}} on x &gt;= 0;</li>
 * <li>{@code UNIFORM(a, b)}: a &lt; b, both finite;</li>
 * <li>{@code BETA(a, b)}: density proportional to {@code x^{a-1}(1-x)^{b-1}} on [0, 1];</li>
 * <li>{@code GAMMA(shape, scale)}: mean shape * scale;</li>
 * <li>{@code LAPLACE(mu, b)}: density {@code e^{-|x-mu|/b}/(2b)};</li>
 * <li>{@code LOGISTIC(mu, s)}: cdf {@code 1/(1+e^{-(x-mu)/s})};</li>
 * <li>{@code GUMBEL(mu, beta)}: cdf {@code exp(-e^{-(x-mu)/beta})} (max-stable);</li>
 * <li>{@code PARETO(xm, alpha)}: survival {@code (xm/x)^alpha} on x &gt;= xm.</li>
 * </ul>
 * Locations must be finite reals, scales and shapes finite and &gt; 0.
 */
public enum LineFamily {
    NORMAL("mu", "sigma"),
    EXPONENTIAL("rate"),
    UNIFORM("a", "b"),
    BETA("a", "b"),
    GAMMA("shape", "scale"),
    LAPLACE("mu", "b"),
    LOGISTIC("mu", "s"),
    GUMBEL("mu", "beta"),
    PARETO("xm", "alpha");

    private final List<String> parameters;

    LineFamily(String... parameters) {
        this.parameters = List.of(parameters);
    }

    /** The parameter names, in order. */
    public List<String> parameters() {
        return parameters;
    }

    /** The lower-case family name, e.g. {@code normal}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Requires: params != null && params.length == parameters().size().
     * Ensures: result.family() == this.
     * Throws IllegalArgumentException when params == null || params.length != parameters().size()
     *     || some parameter outside its range.
     */
    /**
     * The law of this family with the given parameters.
     *
     * @throws IllegalArgumentException naming the parameter and its allowed range when a value
     *                                  is out of range, or when the count is wrong
     */
    public FamilyLaw of(double... params) {
        if (params == null || params.length != parameters.size()) {
            throw new IllegalArgumentException(label() + " takes " + parameters.size()
                    + " parameter(s) " + parameters + ", got "
                    + (params == null ? "none" : String.valueOf(params.length)));
        }
        validate(params);
        return new FamilyLaw(this, params.clone());
    }

    /**
     * The reason exact rational parameters are not valid for this family (the ranges of
     * {@link #of}, checked exactly: {@code 10^-400 > 0} is a valid scale), or null when they are.
     *
     * @throws IllegalArgumentException when the count is wrong
     */
    public String invalidExact(org.hipparchus.fraction.BigFraction[] q) {
        if (q == null || q.length != parameters.size()) {
            throw new IllegalArgumentException(label() + " takes " + parameters.size()
                    + " parameter(s) " + parameters + ", got " + (q == null ? "none" : String.valueOf(q.length)));
        }
        switch (this) {
            case NORMAL, LAPLACE, LOGISTIC, GUMBEL:
                return q[1].signum() > 0 ? null : mustBePositive(1, q[1]);
            case EXPONENTIAL:
                return q[0].signum() > 0 ? null : mustBePositive(0, q[0]);
            case UNIFORM:
                return q[0].compareTo(q[1]) < 0 ? null : label() + ": parameter a must be < b, got a = "
                        + org.infobound.num.Rationals.text(q[0]) + ", b = " + org.infobound.num.Rationals.text(q[1]);
            default:
                return q[0].signum() <= 0 ? mustBePositive(0, q[0]) : q[1].signum() <= 0 ? mustBePositive(1, q[1]) : null;
        }
    }

    private String mustBePositive(int i, org.hipparchus.fraction.BigFraction v) {
        return label() + ": parameter " + parameters.get(i) + " must be > 0, got " + org.infobound.num.Rationals.text(v);
    }

    /**
     * The law whose exact parameters lie in the given enclosures, with {@code nearest} (the law
     * at the nearest doubles) as its float hint; text names the exact parameters; exact tells
     * whether text determines them (exact rationals) or only their enclosures do (computed
     * values such as {@code 10^-300} in intervals: then two such laws are equal only when
     * identical).
     *
     * @throws IllegalArgumentException when some point of an enclosure is not a valid parameter
     *                                  (then no certified route may use the enclosures)
     */
    public EnclosedFamilyLaw enclosed(FamilyLaw nearest, org.infobound.num.Interval[] iv, String text,
            boolean exact) {
        if (nearest.family() != this || iv.length != parameters.size()) {
            throw new IllegalArgumentException("enclosed " + label() + ": wrong law or parameter count");
        }
        boolean ok = switch (this) {
            case NORMAL, LAPLACE, LOGISTIC, GUMBEL -> iv[0].isFinite() && iv[1].lo() > 0 && iv[1].isFinite();
            case EXPONENTIAL -> iv[0].lo() > 0 && iv[0].isFinite();
            case UNIFORM -> iv[0].isFinite() && iv[1].isFinite() && iv[0].hi() < iv[1].lo();
            default -> iv[0].lo() > 0 && iv[0].isFinite() && iv[1].lo() > 0 && iv[1].isFinite();
        };
        if (!ok) {
            throw new IllegalArgumentException(label() + ": the parameter enclosures " + java.util.Arrays.toString(iv)
                    + " are not certainly valid");
        }
        return new EnclosedFamilyLaw(nearest, iv, text, exact);
    }

    private void validate(double[] p) {
        switch (this) {
            case NORMAL, LAPLACE, LOGISTIC, GUMBEL -> {
                finite(0, p[0]);
                positive(1, p[1]);
            }
            case EXPONENTIAL -> positive(0, p[0]);
            case UNIFORM -> {
                finite(0, p[0]);
                finite(1, p[1]);
                if (!(p[0] < p[1])) {
                    throw new IllegalArgumentException("uniform: parameter a must be < b, got a = "
                            + p[0] + ", b = " + p[1]);
                }
            }
            case BETA, GAMMA, PARETO -> {
                positive(0, p[0]);
                positive(1, p[1]);
            }
            default -> throw new AssertionError(this);
        }
    }

    private void finite(int i, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(label() + ": parameter " + parameters.get(i)
                    + " must be a finite real, got " + v);
        }
    }

    private void positive(int i, double v) {
        if (!(v > 0.0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(label() + ": parameter " + parameters.get(i)
                    + " must be finite and > 0, got " + v);
        }
    }
}
