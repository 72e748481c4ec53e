package org.infobound.math.line;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.infobound.num.Constants;
import org.infobound.num.Dual;
import org.infobound.num.Interval;

/**
 * Certified differential entropy {@code h = -int f log f} of a mixture on the line,
 * {@code f = sum_i w_i p_i} (nested {@code mix} flattened, weights as intervals), whose
 * components are family laws with bounded densities: normal, uniform, exponential, laplace,
 * logistic, gumbel, beta with both shapes at least 1. Others (gamma, pareto, beta with a shape
 * below 1, tilts, best-of-n, enclosed parameters): null.
 *
 * <p>Body: {@code [L, R]} is cut at every finite support end (and laplace centre) of the
 * components; on each segment the active components are fixed and {@code -f log f} is
 * integrated in equal pieces by the mean-value form (the
 * derivative {@code -(log f + 1) f'} from {@link IntervalLogDensity}; where f may be 0 the naive
 * piece form {@code -xlogx(f(piece)) width}).
 *
 * <p>Tails beyond R (and before L, mirrored): with {@code M0 = int_R^inf f} and
 * {@code M1 = int_R^inf (x - R) f = int_R^inf S}, Gibbs' inequality pointwise
 * ({@code f log(g/f) <= g - f}, {@code log y <= y - 1}) with {@code g = (c/tau) e^{-(x-R)/tau}}
 * gives {@code int_R^inf -f log f <= M0 log(tau/c) + M1/tau + c - M0}; with {@code c} an upper
 * bound of M0 this is at most {@code c max(0, log(tau/c)) + M1/tau + c}. Below:
 * {@code -f log f >= -f log fmax}, so the tail is at least {@code -M0 max(0, log fmax)}, fmax
 * the sum of the components' weighted density maxima. Per-component tail bounds at
 * {@code z = (R - mu)/s >= 1}: normal {@code Q(z) <= phi(z)/z}, {@code int_z^inf Q <= phi(z)/(1 + z^2)}
 * (Mills); laplace {@code e^-z/2} (both); logistic and gumbel right {@code S <= e^-z} (both);
 * gumbel left {@code F(z) = exp(-e^-z)}, {@code int_-inf^z F = E1(e^-z) <= exp(-e^-z) e^z};
 * exponential {@code e^{-rR}}, {@code e^{-rR}/r}.
 */
final class CertifiedMixtureEntropy {

    /** Pieces per scale of the narrowest component in a segment. */
    private static final int PIECES_PER_SCALE = 512;
    /** Largest number of pieces of one segment. */
    private static final int MAX_PIECES = 50_000;
    /** Cut of a tail, in scales beyond the centre (normal) or (others). */
    private static final double NORMAL_CUT = 9;
    private static final double EXP_CUT = 42;
    /** Gumbel's left cut (standardised): {@code F = exp(-e^5)}, about 1e-64. */
    private static final double GUMBEL_LEFT_CUT = -5;

    private record Part(Interval weight, FamilyLaw law, IntervalLogDensity density) {
    }

    private CertifiedMixtureEntropy() {
    }

    /** The entropy of the mixture, or null (unsupported component). */
    static Interval entropy(MixtureLaw m) {
        List<Part> parts = new ArrayList<>();
        if (!flatten(m, Interval.ONE, parts) || parts.isEmpty()) {
            return null;
        }
        TreeSet<Double> cuts = new TreeSet<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double tauLeft = 0;
        double tauRight = 0;
        for (Part p : parts) {
            FamilyLaw f = p.law();
            double a = f.param(0);
            double b = f.family().parameters().size() > 1 ? f.param(1) : Double.NaN;
            switch (f.family()) {
                case UNIFORM -> {
                    cuts.add(a);
                    cuts.add(b);
                }
                case BETA -> {
                    cuts.add(0.0);
                    cuts.add(1.0);
                }
                case EXPONENTIAL -> {
                    cuts.add(0.0);
                    cuts.add(EXP_CUT / a);
                    tauRight = Math.max(tauRight, 1 / a);
                }
                case NORMAL -> {
                    cuts.add(a - NORMAL_CUT * b);
                    cuts.add(a + NORMAL_CUT * b);
                    tauLeft = Math.max(tauLeft, b);
                    tauRight = Math.max(tauRight, b);
                }
                case LAPLACE, LOGISTIC -> {
                    cuts.add(a - EXP_CUT * b);
                    cuts.add(a + EXP_CUT * b);
                    if (f.family() == LineFamily.LAPLACE) {
                        cuts.add(a);
                    }
                    tauLeft = Math.max(tauLeft, b);
                    tauRight = Math.max(tauRight, b);
                }
                case GUMBEL -> {
                    cuts.add(a + GUMBEL_LEFT_CUT * b);
                    cuts.add(a + EXP_CUT * b);
                    tauLeft = Math.max(tauLeft, b);
                    tauRight = Math.max(tauRight, b);
                }
                default -> {
                    return null;
                }
            }
        }
        for (double c : cuts) {
            if (!Double.isFinite(c)) {
                return null;
            }
        }
        lo = cuts.first();
        hi = cuts.last();
        Interval body = Interval.ZERO;
        Double prev = null;
        for (double c : cuts) {
            if (prev != null && c > prev) {
                body = body.add(segment(parts, prev, c));
            }
            prev = c;
        }
        Interval left = tail(parts, lo, false, tauLeft);
        Interval right = tail(parts, hi, true, tauRight);
        return body.add(left).add(right);
    }

    private static boolean flatten(LineLaw law, Interval weight, List<Part> out) {
        if (law instanceof MixtureLaw m) {
            Interval w = m.weightEnclosure();
            if (!m.weightOne() && !flatten(m.first(), weight.mul(m.complementEnclosure()), out)) {
                return false;
            }
            return m.weightZero() || flatten(m.second(), weight.mul(w), out);
        }
        if (!(law instanceof FamilyLaw f)) {
            return false;
        }
        switch (f.family()) {
            case NORMAL, UNIFORM, EXPONENTIAL, LAPLACE, LOGISTIC, GUMBEL -> {
            }
            case BETA -> {
                if (!(f.param(0) >= 1 && f.param(1) >= 1)) {
                    return false;
                }
            }
            default -> {
                return false;
            }
        }
        out.add(new Part(weight, f, new IntervalLogDensity(f)));
        return true;
    }

    /**
     * {@code int_u^v -f log f} with the components whose support contains [u, v], in equal
     * pieces of width at most {@code scale/PIECES_PER_SCALE} (the smallest scale of the
     * components whose core range contains the segment), each by the mean-value form
     * {@code g(m) w + g'(piece)[(v-m)^2 - (u-m)^2]/2} intersected with the naive form
     * {@code g(piece) w}; at most {@link #MAX_PIECES} pieces (fewer give a wider enclosure,
     * never a wrong one).
     */
    private static Interval segment(List<Part> parts, double u, double v) {
        List<Part> active = new ArrayList<>();
        double scale = v - u;
        for (Part p : parts) {
            if (p.density().supportLo() <= u && p.density().supportHi() >= v) {
                active.add(p);
                double[] core = core(p.law());
                if (core[0] <= u && core[1] >= v) {
                    scale = Math.min(scale, core[2]);
                }
            }
        }
        if (active.isEmpty()) {
            return Interval.ZERO;
        }
        double pieces = Math.ceil((v - u) / scale * PIECES_PER_SCALE);
        int n = (int) Math.max(1, Math.min(MAX_PIECES, pieces));
        Interval sum = Interval.ZERO;
        double a = u;
        for (int i = 1; i <= n; i++) {
            double b = i == n ? v : Math.max(a, u + (v - u) / n * i);
            if (b > a) {
                sum = sum.add(piece(active, a, b));
            }
            a = b;
        }
        return sum;
    }

    private static Interval piece(List<Part> active, double u, double v) {
        Interval x = Interval.of(u, v);
        Dual on = integrand(active, Dual.variable(x));
        Interval naive = Interval.of(v).sub(Interval.of(u)).mul(on.value());
        Interval slope = on.derivative();
        if (!slope.isFinite()) {
            return naive;
        }
        double m = 0.5 * (u + v);
        if (!(m > u && m < v)) {
            return naive;
        }
        Interval left = Interval.of(m).sub(Interval.of(u));
        Interval right = Interval.of(v).sub(Interval.of(m));
        Interval gm = integrand(active, Dual.constant(Interval.of(m))).value();
        Interval form = gm.mul(left.add(right)).sub(slope.mul(left.sqr()).mul(0.5))
                .add(slope.mul(right.sqr()).mul(0.5));
        return naive.intersects(form) ? naive.intersect(form) : naive;
    }

    /** The component's core range {@code {lo, hi, scale}} (its cuts, above). */
    private static double[] core(FamilyLaw f) {
        double a = f.param(0);
        double b = f.family().parameters().size() > 1 ? f.param(1) : Double.NaN;
        return switch (f.family()) {
            case UNIFORM -> new double[] {a, b, b - a};
            case BETA -> new double[] {0, 1, 1};
            case EXPONENTIAL -> new double[] {0, EXP_CUT / a, 1 / a};
            case NORMAL -> new double[] {a - NORMAL_CUT * b, a + NORMAL_CUT * b, b};
            case LAPLACE, LOGISTIC -> new double[] {a - EXP_CUT * b, a + EXP_CUT * b, b};
            case GUMBEL -> new double[] {a + GUMBEL_LEFT_CUT * b, a + EXP_CUT * b, b};
            default -> throw new IllegalStateException(f.family().toString());
        };
    }

    /** {@code -f log f} and its derivative (ENTIRE where it is not enclosed). */
    private static Dual integrand(List<Part> active, Dual x) {
        Interval xv = x.value();
        Interval f = Interval.ZERO;
        Interval df = Interval.ZERO;
        boolean smooth = true;
        for (Part p : active) {
            Interval dens = p.density().value(xv).exp();
            Interval wd = p.weight().mul(dens);
            f = f.add(wd);
            if (smooth) {
                Interval s = p.density().slope(xv);
                if (dens.lo() > 0 && dens.isFinite() && s.isFinite()) {
                    df = df.add(wd.mul(s));
                } else {
                    smooth = false;
                }
            }
        }
        f = f.max(Interval.ZERO);
        Interval value = f.xlogx().neg();
        Interval deriv = Interval.ENTIRE;
        if (smooth && f.lo() > 0) {
            deriv = f.log().add(1).mul(df).neg().mul(x.derivative());
            if (!deriv.isFinite()) {
                deriv = Interval.ENTIRE;
            }
        }
        return Dual.of(value, deriv);
    }

    /** Enclosure of the tail integral of -f log f beyond {@code cut} (right) or before it (left). */
    private static Interval tail(List<Part> parts, double cut, boolean right, double tau) {
        Interval m0 = Interval.ZERO;
        Interval m1 = Interval.ZERO;
        Interval fmax = Interval.ZERO;
        boolean any = false;
        for (Part p : parts) {
            Interval[] b = tailBounds(p.law(), cut, right);
            if (b == null) {
                continue;
            }
            any = true;
            m0 = m0.add(p.weight().mul(b[0]));
            m1 = m1.add(p.weight().mul(b[1]));
            fmax = fmax.add(p.weight().mul(densityMax(p.law())));
        }
        if (!any) {
            return Interval.ZERO;
        }
        double c = Math.max(m0.hi(), Double.MIN_NORMAL);
        Interval cc = Interval.of(c);
        Interval t = Interval.of(tau);
        Interval logRatio = t.div(cc).log().max(Interval.ZERO);
        double upper = cc.mul(logRatio).add(m1.div(t)).add(cc).hi();
        double lower = fmax.hi() <= 1 ? 0.0 : Interval.of(m0.hi()).mul(fmax.log()).neg().lo();
        return Interval.of(Math.min(0.0, lower), upper);
    }

    /** The global maximum of the density (families with a tail). */
    private static Interval densityMax(FamilyLaw f) {
        Interval a = f.paramInterval(0);
        Interval b = f.family().parameters().size() > 1 ? f.paramInterval(1) : null;
        return switch (f.family()) {
            case NORMAL -> Interval.ONE.div(b.mul(Constants.PI.mul(2).sqrt()));
            case EXPONENTIAL -> a;
            case LAPLACE -> Interval.ONE.div(b.mul(2));
            case LOGISTIC -> Interval.ONE.div(b.mul(4));
            case GUMBEL -> Interval.ONE.div(b.mul(Interval.ONE.exp()));
            default -> throw new IllegalStateException(f.family().toString());
        };
    }

    /**
     * Upper bounds {@code {M0, M1}} of the component's mass and of {@code int (x - cut) f}
     * beyond the cut, or null when its support does not reach past the cut.
     */
    private static Interval[] tailBounds(FamilyLaw f, double cut, boolean right) {
        Interval a = f.paramInterval(0);
        Interval b = f.family().parameters().size() > 1 ? f.paramInterval(1) : null;
        Interval x = Interval.of(cut);
        switch (f.family()) {
            case UNIFORM:
            case BETA:
                return null;
            case EXPONENTIAL: {
                if (!right) {
                    return null;
                }
                Interval s = a.mul(x).neg().exp();
                return new Interval[] {s, s.div(a)};
            }
            case NORMAL: {
                Interval z = right ? x.sub(a).div(b) : a.sub(x).div(b);
                requireAtLeastOne(z);
                Interval phi = z.sqr().mul(-0.5).exp().div(Constants.PI.mul(2).sqrt());
                return new Interval[] {phi.div(z), b.mul(phi).div(z.sqr().add(1))};
            }
            case LAPLACE: {
                Interval z = right ? x.sub(a).div(b) : a.sub(x).div(b);
                requireAtLeastOne(z);
                Interval s = z.neg().exp().mul(0.5);
                return new Interval[] {s, b.mul(s)};
            }
            case LOGISTIC: {
                Interval z = right ? x.sub(a).div(b) : a.sub(x).div(b);
                requireAtLeastOne(z);
                Interval s = z.neg().exp();
                return new Interval[] {s, b.mul(s)};
            }
            case GUMBEL: {
                Interval z = x.sub(a).div(b);
                if (right) {
                    requireAtLeastOne(z);
                    Interval s = z.neg().exp();
                    return new Interval[] {s, b.mul(s)};
                }
                if (!(z.hi() <= -1)) {
                    throw new IllegalStateException("gumbel left cut too close");
                }
                Interval fz = z.neg().exp().neg().exp();
                return new Interval[] {fz, b.mul(fz).mul(z.exp())};
            }
            default:
                throw new IllegalStateException(f.family().toString());
        }
    }

    private static void requireAtLeastOne(Interval z) {
        if (!(z.lo() >= 1)) {
            throw new IllegalStateException("tail cut inside the body: z = " + z);
        }
    }
}
