package org.infobound.math.line;

import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;
import org.hipparchus.fraction.BigFraction;
import org.infobound.num.Rationals;

/**
 * Exact rational values of the closed forms of laws on the line that are rational functions of
 * exact rational parameters (spec/NUMERICS.md, "Exact values of rational closed forms"). Every
 * method returns the exact value as a {@link BigFraction}, or null when the quantity is not
 * such a closed form here (irrational, infinite, undefined, not covered) or when the exact
 * value would exceed {@link #MAX_BITS} bits in numerator or denominator; the caller then takes
 * its float or certified route, which must contain this value (never a rounded or capped one).
 *
 * <p>Parameters are those of {@link FamilyLaw#exactParam} (the doubles themselves, or the exact
 * rationals a law built from rationals remembers) and {@link EnclosedFamilyLaw#exactParam};
 * mixture weights {@link MixtureLaw#exactWeight}; the n of a best-of-n law is an exact integer.
 * Formulas (parametrisations of spec/LANGUAGE.md section 4):
 * <ul>
 * <li>E: uniform {@code (a+b)/2}, exponential {@code 1/rate}, normal, laplace, logistic
 * {@code mu}, gamma {@code shape * scale}, beta {@code a/(a+b)}, pareto {@code alpha xm/(alpha-1)}
 * (alpha &gt; 1; +inf otherwise, left to the other routes); gumbel (Euler's constant): none.</li>
 * <li>var: uniform {@code (b-a)^2/12}, exponential {@code 1/rate^2}, normal {@code sigma^2},
 * laplace {@code 2 b^2}, gamma {@code shape scale^2}, beta {@code ab/((a+b)^2 (a+b+1))}, pareto
 * {@code xm^2 alpha/((alpha-1)^2 (alpha-2))} (alpha &gt; 2); logistic, gumbel (pi^2): none.</li>
 * <li>cdf: 0 and 1 outside the support of every family; uniform {@code (x-a)/(b-a)}; 1/2 at the
 * centre of normal, laplace, logistic. quantile: uniform {@code a + u (b-a)}; the centre of
 * normal, laplace, logistic at u = 1/2.</li>
 * <li>best-of-n (n an exact integer): uniform E {@code a + (b-a) n/(n+1)}, var
 * {@code (b-a)^2 n/((n+1)^2 (n+2))}; exponential(rate) E {@code H_n/rate} (n &lt;= 1000),
 * var {@code sum_{k<=n} 1/k^2 / rate^2} (n &lt;= 500; Renyi representation); cdf
 * {@code F(x)^n} where F(x) is exact.</li>
 * <li>mixtures {@code (1-w) P + w Q}: E, cdf linear; var by the law of total variance
 * {@code (1-w) v1 + w v2 + w (1-w) (m1 - m2)^2}; w = 0 or 1 exactly: the component.</li>
 * <li>winrate {@code P(X > Y)} (atomless laws, every tie rule): equal laws 1/2; two laws
 * symmetric about the same centre (normal, laplace, logistic, uniform) 1/2 (X - Y is symmetric
 * and atomless); best-of-n against best-of-m of one base (the base is n = 1) {@code n/(n+m)};
 * two exponentials {@code r2/(r1+r2)}; two uniforms {@code int F_Y f_X} (piecewise linear);
 * mixtures linear in either argument.</li>
 * <li>TV of two uniforms {@code 1 - |overlap| min(1/(b-a), 1/(d-c))}; chi2(U(a,b) || U(c,d))
 * {@code (d-c)/(b-a) - 1} when [a, b] lies in [c, d] (else +inf, left to the other routes).</li>
 * </ul>
 */
public final class ExactLineValues {

    /** Largest numerator or denominator (bits) of a value returned (the evaluator's exact limit). */
    public static final int MAX_BITS = 2048;
    /** Largest n of best-of-n of an exponential law whose mean {@code H_n/rate} is formed exactly. */
    static final long MAX_HARMONIC_N = 1000;
    /** Largest n whose {@code sum_{k<=n} 1/k^2} is formed exactly. */
    static final long MAX_SQUARES_N = 500;

    private static final BigFraction HALF = new BigFraction(1, 2);
    private static final ConcurrentHashMap<Long, BigFraction> HARMONIC = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Long, BigFraction> SQUARES = new ConcurrentHashMap<>();

    private ExactLineValues() {
    }

    /**
     * {@code E}, {@code var}, {@code cdf} (at x = arg) or {@code quantile} (at u = arg in (0, 1])
     * of the law, exactly, or null.
     */
    public static BigFraction moment(String name, LineLaw p, BigFraction arg) {
        try {
            BigFraction v = switch (name) {
                case "E" -> mean(p);
                case "var" -> variance(p);
                case "cdf" -> arg == null ? null : cdf(p, arg);
                case "quantile" -> arg == null || arg.signum() <= 0 || arg.compareTo(BigFraction.ONE) > 0
                        ? null : quantile(p, arg);
                default -> null;
            };
            return bounded(v);
        } catch (ArithmeticException | IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code winrate(p, q) = P(X > Y) + P(X = Y)/2} of independent laws on the line, exactly, or null. */
    public static BigFraction winrate(LineLaw p, LineLaw q) {
        try {
            return bounded(win(p, q));
        } catch (ArithmeticException | IllegalArgumentException e) {
            return null;
        }
    }

    /** TV of two uniform laws and chi2 of a uniform law against one whose support contains it, exactly, or null. */
    public static BigFraction divergence(String name, LineLaw p, LineLaw q) {
        BigFraction[] a = params(p, LineFamily.UNIFORM);
        BigFraction[] b = params(q, LineFamily.UNIFORM);
        if (a == null || b == null) {
            return null;
        }
        BigFraction la = a[1].subtract(a[0]);
        BigFraction lb = b[1].subtract(b[0]);
        switch (name) {
            case "TV": {
                BigFraction lo = max(a[0], b[0]);
                BigFraction hi = min(a[1], b[1]);
                BigFraction overlap = hi.compareTo(lo) > 0 ? hi.subtract(lo) : BigFraction.ZERO;
                // int min(f, g) = |overlap| min(1/la, 1/lb)
                BigFraction common = overlap.divide(max(la, lb));
                return bounded(BigFraction.ONE.subtract(common));
            }
            case "chi2":
                if (a[0].compareTo(b[0]) >= 0 && a[1].compareTo(b[1]) <= 0) {
                    // int p^2/q - 1 = la (1/la)^2 lb - 1
                    return bounded(lb.divide(la).subtract(BigFraction.ONE));
                }
                return null;
            default:
                return null;
        }
    }

    // ---------------------------------------------------------------- parameters

    /** The exact parameters of a family law (or of an enclosed one with exact rationals), or null. */
    static BigFraction[] params(LineLaw l) {
        if (l instanceof FamilyLaw f) {
            BigFraction[] q = new BigFraction[f.family().parameters().size()];
            for (int i = 0; i < q.length; i++) {
                q[i] = f.exactParam(i);
            }
            return q;
        }
        if (l instanceof EnclosedFamilyLaw e) {
            BigFraction[] q = new BigFraction[e.family().parameters().size()];
            for (int i = 0; i < q.length; i++) {
                q[i] = e.exactParam(i);
                if (q[i] == null) {
                    return null;
                }
            }
            return q;
        }
        return null;
    }

    private static LineFamily family(LineLaw l) {
        return l instanceof FamilyLaw f ? f.family() : l instanceof EnclosedFamilyLaw e ? e.family() : null;
    }

    private static BigFraction[] params(LineLaw l, LineFamily family) {
        return family(l) == family ? params(l) : null;
    }

    /** The exact integer n of a best-of-n law (n <= 2^53, so the double is the integer), or -1. */
    private static long n(MaxLaw m) {
        double n = m.n();
        return n >= 1 && n == Math.rint(n) && n <= 0x1p53 ? (long) n : -1;
    }

    // ---------------------------------------------------------------- E and var

    static BigFraction mean(LineLaw law) {
        if (law instanceof MixtureLaw m) {
            return linear(m, m.weightOne() ? null : mean(m.first()), m.weightZero() ? null : mean(m.second()));
        }
        if (law instanceof MaxLaw m) {
            long n = n(m);
            BigFraction[] q = params(m.base());
            if (n < 0 || q == null) {
                return null;
            }
            BigFraction nn = new BigFraction(n);
            switch (family(m.base())) {
                case UNIFORM:
                    return q[0].add(q[1].subtract(q[0]).multiply(nn.divide(nn.add(1))));
                case EXPONENTIAL:
                    return n > MAX_HARMONIC_N ? null : harmonic(n).divide(q[0]);
                default:
                    return null;
            }
        }
        BigFraction[] q = params(law);
        if (q == null) {
            return null;
        }
        return switch (family(law)) {
            case UNIFORM -> q[0].add(q[1]).divide(2);
            case EXPONENTIAL -> q[0].reciprocal();
            case NORMAL, LAPLACE, LOGISTIC -> q[0];
            case GAMMA -> q[0].multiply(q[1]);
            case BETA -> q[0].divide(q[0].add(q[1]));
            case PARETO -> q[1].compareTo(BigFraction.ONE) > 0
                    ? q[1].multiply(q[0]).divide(q[1].subtract(1)) : null;
            case GUMBEL -> null;
        };
    }

    static BigFraction variance(LineLaw law) {
        if (law instanceof MixtureLaw m) {
            if (m.weightZero()) {
                return variance(m.first());
            }
            if (m.weightOne()) {
                return variance(m.second());
            }
            BigFraction v1 = variance(m.first());
            BigFraction v2 = variance(m.second());
            BigFraction m1 = v1 == null ? null : mean(m.first());
            BigFraction m2 = v2 == null ? null : mean(m.second());
            if (v1 == null || v2 == null || m1 == null || m2 == null) {
                return null;
            }
            BigFraction w = m.exactWeight();
            BigFraction u = BigFraction.ONE.subtract(w);
            BigFraction d = m1.subtract(m2);
            return u.multiply(v1).add(w.multiply(v2)).add(w.multiply(u).multiply(d.multiply(d)));
        }
        if (law instanceof MaxLaw m) {
            long n = n(m);
            BigFraction[] q = params(m.base());
            if (n < 0 || q == null) {
                return null;
            }
            BigFraction nn = new BigFraction(n);
            switch (family(m.base())) {
                case UNIFORM: {
                    BigFraction len = q[1].subtract(q[0]);
                    BigFraction n1 = nn.add(1);
                    return len.multiply(len).multiply(nn).divide(n1.multiply(n1).multiply(nn.add(2)));
                }
                case EXPONENTIAL:
                    return n > MAX_SQUARES_N ? null : inverseSquares(n).divide(q[0].multiply(q[0]));
                default:
                    return null;
            }
        }
        BigFraction[] q = params(law);
        if (q == null) {
            return null;
        }
        return switch (family(law)) {
            case UNIFORM -> {
                BigFraction len = q[1].subtract(q[0]);
                yield len.multiply(len).divide(12);
            }
            case EXPONENTIAL -> q[0].multiply(q[0]).reciprocal();
            case NORMAL -> q[1].multiply(q[1]);
            case LAPLACE -> q[1].multiply(q[1]).multiply(2);
            case GAMMA -> q[0].multiply(q[1]).multiply(q[1]);
            case BETA -> {
                BigFraction s = q[0].add(q[1]);
                yield q[0].multiply(q[1]).divide(s.multiply(s).multiply(s.add(1)));
            }
            case PARETO -> {
                if (q[1].compareTo(new BigFraction(2)) <= 0) {
                    yield null;
                }
                BigFraction a1 = q[1].subtract(1);
                yield q[0].multiply(q[0]).multiply(q[1]).divide(a1.multiply(a1).multiply(q[1].subtract(2)));
            }
            case LOGISTIC, GUMBEL -> null;
        };
    }

    /** {@code (1 - w) a + w b}; a (b) may be null when its weight is exactly 0. */
    private static BigFraction linear(MixtureLaw m, BigFraction a, BigFraction b) {
        if (m.weightZero()) {
            return a;
        }
        if (m.weightOne()) {
            return b;
        }
        if (a == null || b == null) {
            return null;
        }
        BigFraction w = m.exactWeight();
        return BigFraction.ONE.subtract(w).multiply(a).add(w.multiply(b));
    }

    /** {@code H_n = sum_{k<=n} 1/k} exactly (cached). */
    static BigFraction harmonic(long n) {
        return HARMONIC.computeIfAbsent(n, k -> sum(k, false));
    }

    /** {@code sum_{k<=n} 1/k^2} exactly (cached). */
    static BigFraction inverseSquares(long n) {
        return SQUARES.computeIfAbsent(n, k -> sum(k, true));
    }

    private static BigFraction sum(long n, boolean squares) {
        // over a common denominator, reduced once
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        for (long k = 1; k <= n; k++) {
            BigInteger kk = BigInteger.valueOf(k);
            if (squares) {
                kk = kk.multiply(kk);
            }
            BigInteger g = den.gcd(kk);
            BigInteger f = kk.divide(g);
            num = num.multiply(f).add(den.divide(g));
            den = den.multiply(f);
        }
        return new BigFraction(num, den);
    }

    // ---------------------------------------------------------------- cdf and quantile

    static BigFraction cdf(LineLaw law, BigFraction x) {
        if (law instanceof MixtureLaw m) {
            return linear(m, m.weightOne() ? null : cdf(m.first(), x), m.weightZero() ? null : cdf(m.second(), x));
        }
        if (law instanceof MaxLaw m) {
            long n = n(m);
            BigFraction f = n < 0 ? null : cdf(m.base(), x);
            if (f == null) {
                return null;
            }
            if (f.signum() == 0 || f.equals(BigFraction.ONE)) {
                return f;
            }
            long bits = Math.max(f.getNumerator().bitLength(), f.getDenominator().bitLength());
            if (bits * (double) n > MAX_BITS) {
                return null;
            }
            return f.pow((int) n);
        }
        BigFraction[] q = params(law);
        if (q == null) {
            return null;
        }
        LineFamily fam = family(law);
        // outside the support (every family; the support ends are exact parameters or 0, 1)
        BigFraction lower = switch (fam) {
            case UNIFORM -> q[0];
            case EXPONENTIAL, GAMMA, BETA -> BigFraction.ZERO;
            case PARETO -> q[0];
            default -> null;
        };
        BigFraction upper = switch (fam) {
            case UNIFORM -> q[1];
            case BETA -> BigFraction.ONE;
            default -> null;
        };
        if (lower != null && x.compareTo(lower) <= 0) {
            return BigFraction.ZERO;
        }
        if (upper != null && x.compareTo(upper) >= 0) {
            return BigFraction.ONE;
        }
        switch (fam) {
            case UNIFORM:
                return x.subtract(q[0]).divide(q[1].subtract(q[0]));
            case NORMAL:
            case LAPLACE:
            case LOGISTIC:
                return x.equals(q[0]) ? HALF : null;
            default:
                return null;
        }
    }

    static BigFraction quantile(LineLaw law, BigFraction u) {
        BigFraction[] q = params(law);
        if (q == null) {
            return null;
        }
        switch (family(law)) {
            case UNIFORM:
                return q[0].add(u.multiply(q[1].subtract(q[0])));
            case NORMAL:
            case LAPLACE:
            case LOGISTIC:
                // the cdf is continuous and strictly increasing, F(mu) = 1/2
                return u.equals(HALF) ? q[0] : null;
            default:
                return null;
        }
    }

    // ---------------------------------------------------------------- winrate

    private static BigFraction win(LineLaw p, LineLaw q) {
        if (p.equals(q)) {
            // X, Y i.i.d. and atomless: P(X > Y) = P(Y > X), P(X = Y) = 0
            return HALF;
        }
        if (p instanceof MixtureLaw m) {
            return linear(m, m.weightOne() ? null : win(m.first(), q), m.weightZero() ? null : win(m.second(), q));
        }
        if (q instanceof MixtureLaw m) {
            return linear(m, m.weightOne() ? null : win(p, m.first()), m.weightZero() ? null : win(p, m.second()));
        }
        LineLaw bp = p instanceof MaxLaw m ? m.base() : p;
        LineLaw bq = q instanceof MaxLaw m ? m.base() : q;
        if (bp.equals(bq)) {
            // the max of n + m i.i.d. draws is among the first n with probability n/(n + m)
            long n = p instanceof MaxLaw m ? n(m) : 1;
            long k = q instanceof MaxLaw m ? n(m) : 1;
            return n < 0 || k < 0 ? null : new BigFraction(n).divide(new BigFraction(n).add(new BigFraction(k)));
        }
        BigFraction cp = centre(p);
        BigFraction cq = centre(q);
        if (cp != null && cq != null && cp.equals(cq)) {
            // X - c and -(X - c) have one law, so have Y - c, -(Y - c): X - Y is symmetric and atomless
            return HALF;
        }
        BigFraction[] a = params(p);
        BigFraction[] b = params(q);
        if (a == null || b == null || family(p) != family(q)) {
            return null;
        }
        switch (family(p)) {
            case EXPONENTIAL:
                // P(X > Y) = int r2 e^{-r2 y} e^{-r1 y} dy = r2/(r1 + r2)
                return b[0].divide(a[0].add(b[0]));
            case UNIFORM:
                return uniformWin(a, b);
            default:
                return null;
        }
    }

    /** The centre of symmetry of a normal, laplace, logistic or uniform law, or null. */
    private static BigFraction centre(LineLaw l) {
        BigFraction[] q = params(l);
        if (q == null) {
            return null;
        }
        return switch (family(l)) {
            case NORMAL, LAPLACE, LOGISTIC -> q[0];
            case UNIFORM -> q[0].add(q[1]).divide(2);
            default -> null;
        };
    }

    /**
     * {@code P(X > Y)} for X ~ U(a, b), Y ~ U(c, d): {@code (1/(b-a)) int_a^b F_Y(x) dx} with F_Y
     * 0 below c, {@code (x-c)/(d-c)} on [c, d], 1 above d.
     */
    private static BigFraction uniformWin(BigFraction[] x, BigFraction[] y) {
        BigFraction a = x[0];
        BigFraction b = x[1];
        BigFraction c = y[0];
        BigFraction d = y[1];
        BigFraction sum = BigFraction.ZERO;
        BigFraction lo = max(a, c);
        BigFraction hi = min(b, d);
        if (hi.compareTo(lo) > 0) {
            // int_lo^hi (x - c)/(d - c) dx
            BigFraction h = hi.subtract(c);
            BigFraction l = lo.subtract(c);
            sum = sum.add(h.multiply(h).subtract(l.multiply(l)).divide(d.subtract(c).multiply(2)));
        }
        BigFraction from = max(a, d);
        if (b.compareTo(from) > 0) {
            sum = sum.add(b.subtract(from));
        }
        return sum.divide(b.subtract(a));
    }

    // ---------------------------------------------------------------- helpers

    private static BigFraction max(BigFraction a, BigFraction b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static BigFraction min(BigFraction a, BigFraction b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static BigFraction bounded(BigFraction v) {
        if (v == null || v.getNumerator().bitLength() > MAX_BITS || v.getDenominator().bitLength() > MAX_BITS) {
            return null;
        }
        return v;
    }

    /** The value as a double, for messages only. */
    static double approx(BigFraction v) {
        return Rationals.toDouble(v);
    }
}
