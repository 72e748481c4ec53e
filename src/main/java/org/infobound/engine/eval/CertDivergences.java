package org.infobound.engine.eval;

import java.util.function.UnaryOperator;
import org.infobound.num.Interval;

/**
 * Certified divergences between two laws on one alphabet (claims-language.md section 5; nats,
 * {@code 0 log 0 = 0}, infinite values as {@code [inf, inf]}). A term whose probability
 * enclosure touches 0 without being exactly 0 is enclosed over the whole range.
 */
final class CertDivergences {

    private static final Interval HALF = Interval.of(0.5);

    private CertDivergences() {
    }

    static Interval kl(CertLaw p, CertLaw q) {
        p.requireComparable(q);
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            if (p.isNull(i)) {
                continue;
            }
            if (q.isNull(i)) {
                if (p.prob(i).lo() > 0) {
                    return Interval.POSITIVE_INFINITY;
                }
                throw new Uncertified("KL with a possibly null outcome against a null one");
            }
            s = s.add(Iv.xlogxy(p.prob(i), q.prob(i)));
        }
        return Iv.clamp(s, 0, Double.POSITIVE_INFINITY);
    }

    static Interval chi2(CertLaw p, CertLaw q) {
        p.requireComparable(q);
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            if (q.isNull(i)) {
                if (p.isNull(i)) {
                    continue;
                }
                if (p.prob(i).lo() > 0) {
                    return Interval.POSITIVE_INFINITY;
                }
                throw new Uncertified("chi2 with a possibly null outcome against a null one");
            }
            s = s.add(p.prob(i).sub(q.prob(i)).sqr().div(q.prob(i)));
        }
        return Iv.clamp(s, 0, Double.POSITIVE_INFINITY);
    }

    static Interval tv(CertLaw p, CertLaw q) {
        p.requireComparable(q);
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            s = s.add(p.prob(i).sub(q.prob(i)).abs());
        }
        return Iv.clamp(s.mul(HALF), 0, 1);
    }

    static Interval bc(CertLaw p, CertLaw q) {
        p.requireComparable(q);
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            s = s.add(p.prob(i).mul(q.prob(i)).sqrt());
        }
        return Iv.clamp(s, 0, 1);
    }

    static Interval h2(CertLaw p, CertLaw q) {
        return Iv.clamp(Interval.ONE.sub(bc(p, q)), 0, 1);
    }

    static Interval js(CertLaw p, CertLaw q) {
        p.requireComparable(q);
        Interval[] m = new Interval[p.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = p.prob(i).add(q.prob(i)).mul(HALF);
        }
        CertLaw mm = new CertLaw(m, null, p.rewards());
        return Iv.clamp(kl(p, mm).add(kl(q, mm)).mul(HALF), 0, Math.nextUp(Math.log(2)));
    }

    static Interval renyi(CertLaw p, CertLaw q, Interval alpha) {
        p.requireComparable(q);
        if (alpha.isPoint() && alpha.lo() == 1) {
            return kl(p, q);
        }
        if (alpha.contains(1)) {
            throw new Uncertified("renyi at an order enclosure containing 1");
        }
        if (alpha.lo() == Double.POSITIVE_INFINITY) {
            Interval m = Interval.of(Double.NEGATIVE_INFINITY);
            for (int i = 0; i < p.size(); i++) {
                if (!p.isNull(i)) {
                    if (q.isNull(i)) {
                        return Interval.POSITIVE_INFINITY;
                    }
                    m = m.max(p.prob(i).div(q.prob(i)));
                }
            }
            return m.log();
        }
        if (alpha.hi() == 0) {
            Interval s = Interval.ZERO;
            for (int i = 0; i < p.size(); i++) {
                if (!p.isNull(i)) {
                    if (p.prob(i).lo() == 0) {
                        throw new Uncertified("renyi order 0 with a possibly null outcome");
                    }
                    s = s.add(q.prob(i));
                }
            }
            return Iv.clamp(s, 0, 1).log().neg();
        }
        boolean above = alpha.lo() > 1;
        Interval s = Interval.ZERO;
        Interval oneMinus = Interval.ONE.sub(alpha);
        for (int i = 0; i < p.size(); i++) {
            if (p.isNull(i)) {
                continue;
            }
            if (q.isNull(i)) {
                if (above) {
                    return Interval.POSITIVE_INFINITY;
                }
                continue;
            }
            if (p.prob(i).lo() == 0 || q.prob(i).lo() == 0) {
                throw new Uncertified("renyi with a possibly null outcome");
            }
            s = s.add(p.prob(i).pow(alpha).mul(q.prob(i).pow(oneMinus)));
        }
        return s.log().div(alpha.sub(Interval.ONE));
    }

    /**
     * {@code sum_i q_i f(p_i / q_i)} over outcomes where both are positive. An outcome where
     * exactly one is null needs f(0) or the slope at infinity, which a lambda does not certify.
     */
    static Interval df(CertLaw p, CertLaw q, UnaryOperator<Interval> f) {
        p.requireComparable(q);
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            if (p.isNull(i) && q.isNull(i)) {
                continue;
            }
            if (p.prob(i).lo() == 0 || q.prob(i).lo() == 0) {
                throw new Uncertified("Df with a null or possibly null outcome (limits of a lambda)");
            }
            s = s.add(q.prob(i).mul(f.apply(p.prob(i).div(q.prob(i)))));
        }
        return s;
    }
}
