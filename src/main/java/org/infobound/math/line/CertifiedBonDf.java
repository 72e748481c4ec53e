package org.infobound.math.line;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.infobound.num.Interval;
import org.infobound.num.Jet;

/**
 * Certified enclosure of {@code D_f(Beta(n,1) || Beta(m,1)) = int_0^1 m u^(m-1) f((n/m) u^(n-m)) du}
 * for a generator f given only as an interval function (a lambda of a claim), n, m &gt;= 1. By the
 * probability-integral transform u = F(x) this is {@code D_f(bon(P, n) || bon(P, m))} for every
 * atomless law P on the line (m = 1: {@code bon(P, n) || P}; n = 1: {@code P || bon(P, m)}),
 * since the density ratio {@code (n/m) F^(n-m)} is a function of F(x).
 *
 * <p>How. With {@code u = exp(-z/|n-m|)} the integral is {@code int_0^inf h(z) dz},
 * {@code h(z) = c e^(-c z) f(rho e^(-s z))}, {@code c = m/|n-m|}, {@code rho = n/m},
 * {@code s = sign(n - m)}: a log scale in u, so the sharp peak of {@code n u^(n-1)} at u = 1 for
 * large n is a region of width O(1) in z. [0, Z] is cut into pieces (refined near the
 * crossing of the ratio with 1, then the widest piece halved until the total width is below
 * {@code 1e-11} relative or the budget of {@value #MAX_PIECES} pieces, a third of it when the end piece is
 * unbounded, is used); each piece
 * [a, b] is enclosed by the naive form {@code (b - a) h([a, b])} (f on the enclosure of the
 * ratio on the piece) intersected, where the generator has a Taylor jet ({@link Jet}, order
 * {@value #ORDER}), with the Taylor form with Lagrange remainder
 * {@code sum_{k<K} h_k(mid) int d^k + h_K([a, b]) int d^K} (K even, so {@code d^K >= 0}).
 * The rest {@code z >= Z} is the end piece: its measure {@code e^(-c Z)} (exact, the u- or
 * Beta-mass left) times f over the whole remaining ratio range, {@code (0, rho e^-Z]} (s = 1)
 * or {@code [rho e^Z, inf)} (s = -1), evaluated by {@link Generator#valueOnEnd} where 0 and
 * inf are limits only. Where that range gives an infinite bound (-log t at 0, t log t at inf),
 * that end of the result is infinite: never a finite guess. Z puts the ratio at
 * {@code e^(+-700)}, so for generators bounded near the end the end piece is at the rounding
 * level. Nothing here assumes f convex, monotone or continuous beyond what the enclosures say.
 */
public final class CertifiedBonDf {

    /** Taylor order of the jet form (even). */
    static final int ORDER = 8;
    /** Largest number of pieces. */
    static final int MAX_PIECES = 3000;
    private static final double REL_TOL = 1e-10;
    private static final double END = 700;

    private CertifiedBonDf() {
    }

    /** The generator f of a Df, as enclosures. */
    public interface Generator {
        /** f on a compact interval of positive ratios (may throw where f may be undefined). */
        Interval value(Interval t);

        /**
         * f on the real set of ratios t with its 0 or inf end a limit only ({@code [0, x]} is
         * (0, x], {@code [x, inf]} is [x, inf)); infinite bounds allowed.
         */
        Interval valueOnEnd(Interval t);

        /** The Taylor jet of f at the jet t; throws a RuntimeException where it has none. */
        Jet jet(Jet t);

        /** True only if f is certified convex on (0, inf) (then a tangent bounds it from below). */
        default boolean convex() {
            return false;
        }
    }

    /**
     * {@code D_f(Beta(n,1) || Beta(m,1))}; an end may be infinite as described above.
     *
     * Requires: n >= 1 && m >= 1, both finite; f != null.
     * Ensures: result contains the true value (when f's enclosures are sound).
     * Throws IllegalArgumentException on invalid n or m; any exception of f's value enclosures
     *     (f possibly undefined on the ratio range) propagates.
     */
    public static Interval of(double n, double m, Generator f) {
        Checks.bonN(n);
        Checks.bonN(m);
        Checks.notNull("f-divergence generator", f);
        if (n == m) {
            return f.value(Interval.ONE);
        }
        return new CertifiedBonDf.Run(n, m, f).integrate();
    }

    /** {@code D_f(bon(P, n) || P) = int_0^1 f(n u^(n-1)) du}. */
    public static Interval forward(double n, Generator f) {
        return of(n, 1, f);
    }

    /** {@code D_f(P || bon(P, n)) = int_0^1 n u^(n-1) f(1/(n u^(n-1))) du}. */
    public static Interval reverse(double n, Generator f) {
        return of(1, n, f);
    }

    private record Piece(double a, double b, Interval v) {
        double width() {
            return v.isFinite() ? v.hi() - v.lo() : Double.POSITIVE_INFINITY;
        }
    }

    private static final class Run {
        private final Generator f;
        private final Interval rho;
        private final Interval c;
        private final int s;
        private final double zc;
        private final double zEnd;

        Run(double n, double m, Generator f) {
            this.f = f;
            Interval in = Interval.of(n);
            Interval im = Interval.of(m);
            this.rho = in.div(im);
            this.c = im.div(in.sub(im).abs());
            this.s = n > m ? 1 : -1;
            double lr = Math.log(n / m);
            this.zc = Math.abs(lr);
            // s = 1: the ratio at zEnd is e^-700; s = -1 (c > 1): the mass left is e^-700 and the
            // ratio at most e^700
            this.zEnd = s > 0 ? zc + END : END / c.lo();
        }

        Interval ratio(Interval z) {
            return (s > 0 ? z.neg() : z).exp().mul(rho);
        }

        Interval weight(Interval z) {
            return z.mul(c).neg().exp().mul(c);
        }

        Jet h(Jet z) {
            Jet r = (s > 0 ? z.neg() : z).exp().scale(rho);
            Jet w = z.scale(c.neg()).exp().scale(c);
            return f.jet(r).mul(w);
        }

        Interval piece(double a, double b) {
            Interval z = Interval.of(a, b);
            Interval width = Interval.of(b).sub(Interval.of(a));
            Interval naive = mulSets(mulSets(width, f.value(ratio(z))), weight(z));
            if (!naive.isFinite()) {
                return naive;
            }
            Interval taylor;
            try {
                taylor = taylor(a, b);
            } catch (RuntimeException e) {
                return naive; // no jet here (abs at its kink, an operation without one)
            }
            if (taylor == null || !taylor.intersects(naive)) {
                if (taylor != null) {
                    throw new IllegalStateException("two enclosures of a Df piece are disjoint: naive "
                            + naive + ", Taylor " + taylor + " on [" + a + ", " + b + "]");
                }
                return naive;
            }
            return naive.intersect(taylor);
        }

        private Interval taylor(double a, double b) {
            double mid = a + (b - a) / 2;
            Jet at = h(Jet.variable(Interval.of(mid), ORDER));
            Jet on = h(Jet.variable(Interval.of(a, b), ORDER));
            Interval left = Interval.of(mid).sub(Interval.of(a));
            Interval right = Interval.of(b).sub(Interval.of(mid));
            Interval sum = Interval.ZERO;
            Interval rp = right;
            Interval lp = left.neg();
            for (int k = 0; k < ORDER; k++) {
                // int_{-left}^{right} d^k dd = (right^(k+1) - (-left)^(k+1)) / (k + 1)
                sum = sum.add(at.coefficient(k).mul(rp.sub(lp)).div(k + 1));
                rp = rp.mul(right);
                lp = lp.mul(left.neg());
            }
            // K even: d^K >= 0, int = (right^(K+1) + left^(K+1)) / (K+1)
            Interval moment = rp.add(lp.neg()).div(ORDER + 1);
            Interval rest = on.coefficient(ORDER).mul(moment);
            return sum.add(rest);
        }

        Interval end() {
            Interval z = Interval.of(zEnd);
            Interval r = ratio(z);
            Interval t = s > 0 ? Interval.of(0, r.hi()) : Interval.of(r.lo(), Double.POSITIVE_INFINITY);
            Interval mass = z.mul(c).neg().exp();
            Interval v = tangentBound(f.valueOnEnd(t), s > 0 ? r.hi() : r.lo());
            if (v.lo() == 0 && v.hi() == 0) {
                return Interval.ZERO;
            }
            return mulSets(mass, v);
        }

        /**
         * For f certified convex on (0, inf), the tangent at the finite end x of the end range is
         * below f: {@code f(t) >= f(x) + f'(x)(t - x)}. On (0, x] that line is at least
         * {@code min(f(x), f(x) - x f'(x))}; on [x, inf) at least f(x) when {@code f'(x) >= 0}.
         * The better of that and the enclosure's own lower end is kept (t log t at 0: the
         * enclosure says -inf, the tangent about -e^-700).
         */
        private Interval tangentBound(Interval v, double x) {
            if (!f.convex() || v.lo() > Double.NEGATIVE_INFINITY && s > 0) {
                return v;
            }
            try {
                Jet j = f.jet(Jet.variable(Interval.of(x), 1));
                Interval fx = j.coefficient(0);
                Interval dx = j.coefficient(1);
                double lo;
                if (s > 0) {
                    lo = Math.min(fx.lo(), fx.sub(dx.mul(x)).lo());
                } else if (dx.lo() >= 0) {
                    lo = fx.lo();
                } else {
                    return v;
                }
                if (!(lo > v.lo()) || Double.isNaN(lo)) {
                    return v;
                }
                if (lo > v.hi()) {
                    throw new IllegalStateException("tangent bound " + lo + " above the enclosure " + v + " of a convex f");
                }
                return Interval.of(lo, v.hi());
            } catch (RuntimeException e) {
                if (e instanceof IllegalStateException) {
                    throw e;
                }
                return v;
            }
        }

        Interval integrate() {
            TreeSet<Double> cuts = new TreeSet<>();
            cuts.add(0.0);
            cuts.add(zEnd);
            for (int k = -4; k <= 10; k++) {
                double d = Math.scalb(1.0, k);
                for (double x : new double[] {zc - d, zc + d, d}) {
                    if (x > 0 && x < zEnd) {
                        cuts.add(x);
                    }
                }
            }
            cuts.add(zc);
            PriorityQueue<Piece> queue = new PriorityQueue<>((p, q) -> Double.compare(q.width(), p.width()));
            Double prev = null;
            for (double x : cuts) {
                if (prev != null) {
                    queue.add(new Piece(prev, x, piece(prev, x)));
                }
                prev = x;
            }
            Interval end = end();
            // running totals steer the refinement only; the result is summed afresh below
            double width = 0;
            double total = 0;
            int unbounded = 0;
            for (Piece p : queue) {
                if (p.v().isFinite()) {
                    width += p.width();
                    total += p.v().mid();
                } else {
                    unbounded++;
                }
            }
            double endMid = end.isFinite() ? end.mid() : 0;
            int splits = 0;
            // with an infinite end only the other end is refined: a third of the budget
            int budget = end.isFinite() ? MAX_PIECES : MAX_PIECES / 3;
            while (queue.size() < budget) {
                boolean done = unbounded == 0 && width <= REL_TOL * Math.abs(total + endMid) + 1e-300;
                if (done || ++splits % 256 == 0) {
                    // recount: the running sums cancel badly when early pieces are wide
                    width = 0;
                    total = 0;
                    unbounded = 0;
                    for (Piece p : queue) {
                        if (p.v().isFinite()) {
                            width += p.width();
                            total += p.v().mid();
                        } else {
                            unbounded++;
                        }
                    }
                    if (unbounded == 0 && width <= REL_TOL * Math.abs(total + endMid) + 1e-300) {
                        break;
                    }
                }
                Piece p = queue.peek();
                double mid = p.a() + (p.b() - p.a()) / 2;
                if (!(mid > p.a() && mid < p.b()) || p.width() == 0) {
                    break;
                }
                queue.poll();
                if (p.v().isFinite()) {
                    width -= p.width();
                    total -= p.v().mid();
                } else {
                    unbounded--;
                }
                for (Piece q : new Piece[] {new Piece(p.a(), mid, piece(p.a(), mid)), new Piece(mid, p.b(), piece(mid, p.b()))}) {
                    queue.add(q);
                    if (q.v().isFinite()) {
                        width += q.width();
                        total += q.v().mid();
                    } else {
                        unbounded++;
                    }
                }
            }
            return sum(queue, end).value();
        }
    }

    /**
     * The product of two enclosures of sets of reals (an infinite end is a bound that is not
     * attained): where the extended product would meet {@code 0 * inf}, the end products are
     * taken with {@code 0 * inf = 0} (the set-based product of IEEE 1788), each rounded outward.
     */
    public static Interval mulSets(Interval a, Interval b) {
        try {
            return a.mul(b);
        } catch (org.infobound.num.UndefinedValueException e) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double x : new double[] {a.lo(), a.hi()}) {
                for (double y : new double[] {b.lo(), b.hi()}) {
                    Interval p = x == 0 || y == 0 ? Interval.ZERO : Interval.of(x).mul(Interval.of(y));
                    lo = Math.min(lo, p.lo());
                    hi = Math.max(hi, p.hi());
                }
            }
            return Interval.of(lo, hi);
        }
    }

    /** A sum of enclosures whose ends are added separately, so [-inf, a] + [b, inf] is ENTIRE. */
    private static final class Sum {
        private Interval lo = Interval.ZERO;
        private Interval hi = Interval.ZERO;
        private boolean loInf;
        private boolean hiInf;

        void add(Interval v) {
            if (v.lo() == Double.NEGATIVE_INFINITY) {
                loInf = true;
            } else if (!loInf) {
                lo = lo.add(Interval.of(v.lo()));
            }
            if (v.hi() == Double.POSITIVE_INFINITY) {
                hiInf = true;
            } else if (!hiInf) {
                hi = hi.add(Interval.of(v.hi()));
            }
        }

        Interval value() {
            return Interval.of(loInf ? Double.NEGATIVE_INFINITY : lo.lo(), hiInf ? Double.POSITIVE_INFINITY : hi.hi());
        }
    }

    private static Sum sum(PriorityQueue<Piece> queue, Interval end) {
        Sum s = new Sum();
        for (Piece p : queue) {
            s.add(p.v());
        }
        s.add(end);
        return s;
    }
}
