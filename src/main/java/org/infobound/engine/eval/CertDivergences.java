package org.infobound.engine.eval;

import java.util.function.UnaryOperator;
import org.infobound.math.discrete.CertifiedDivergences;
import org.infobound.num.Interval;

/**
 * Certified divergences between two laws on one alphabet (spec/LANGUAGE.md sections 7-8; nats,
 * {@code 0 log 0 = 0}, infinite values as {@code [inf, inf]}): the enclosures of
 * {@link CertifiedDivergences} (math.discrete, tested against mpmath) over the laws' probability
 * enclosures. A mass whose enclosure touches 0 where the value depends on it gives a
 * half-infinite or entire enclosure there, which decides nothing (never a false verdict).
 * Only {@code Df} with a lambda stays here: math's f-divergence needs a certified generator
 * (f(0) and the slope at infinity), which a lambda does not give.
 */
final class CertDivergences {

    private CertDivergences() {
    }

    static Interval kl(CertLaw p, CertLaw q) {
        p.requireComparable(q);
        Interval base = CertifiedDivergences.kl(p.probs(), q.probs());
        if (base.isFinite() && base.width() <= 1e-12 * base.lo()) {
            return base;
        }
        Interval logForm = klLogSpace(p, q);
        if (logForm == null) {
            return base;
        }
        if (!logForm.intersects(base)) {
            throw new InternalFailure("two enclosures of KL are disjoint: " + base + " and " + logForm);
        }
        return logForm.intersect(base);
    }

    /**
     * {@code KL = sum p_i (log p_i - log q_i)} with log-probabilities enclosed from the exact
     * rationals ({@link Interval#logOf}) or carried by the law ({@link CertLaw#logProb}): tight
     * where the masses are below the double range ({@code KL(bernoulli(1e-320) || bernoulli(1e-330))},
     * best-of-n masses 2^-1000000), where the interval masses {@code [0, 4.9e-324]} decide
     * nothing. Null when some log-probability is not enclosed.
     */
    static Interval klLogSpace(CertLaw p, CertLaw q) {
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            if (p.isNull(i)) {
                continue;
            }
            Interval lp = p.logProb(i);
            if (lp == null || !lp.isFinite()) {
                return null; // p_i not certainly positive, or its log not enclosed
            }
            if (q.isNull(i)) {
                return Interval.POSITIVE_INFINITY;
            }
            Interval lq = q.logProb(i);
            if (lq == null || !lq.isFinite()) {
                return null;
            }
            Interval mass = p.prob(i);
            if (mass.lo() == 0 || !mass.isFinite()) {
                mass = Iv.clamp(lp.exp(), 0, 1).intersect(Iv.clamp(mass, 0, 1));
            }
            s = s.add(mass.mul(lp.sub(lq)));
        }
        return Iv.clamp(s, 0, Double.POSITIVE_INFINITY);
    }

    static Interval chi2(CertLaw p, CertLaw q) {
        p.requireComparable(q);
        return CertifiedDivergences.chi2(p.probs(), q.probs());
    }

    static Interval tv(CertLaw p, CertLaw q) {
        p.requireComparable(q);
        return CertifiedDivergences.tv(p.probs(), q.probs());
    }

    static Interval bc(CertLaw p, CertLaw q) {
        p.requireComparable(q);
        return CertifiedDivergences.bc(p.probs(), q.probs());
    }

    static Interval h2(CertLaw p, CertLaw q) {
        p.requireComparable(q);
        return CertifiedDivergences.hellinger2(p.probs(), q.probs());
    }

    static Interval js(CertLaw p, CertLaw q) {
        p.requireComparable(q);
        return CertifiedDivergences.js(p.probs(), q.probs());
    }

    /**
     * Renyi of an order known only as an enclosure {@code [a, b]}: D_alpha is non-decreasing in
     * alpha on [0, inf] (van Erven and Harremoes 2014, Theorem 3), so it lies in
     * {@code [lo D_a, hi D_b]}.
     */
    static Interval renyi(CertLaw p, CertLaw q, Interval alpha) {
        p.requireComparable(q);
        if (!(alpha.lo() >= 0)) {
            throw new EvalFailure("renyi needs an order in [0, inf], got " + alpha);
        }
        Interval[] a = p.probs();
        Interval[] b = q.probs();
        Interval low = CertifiedDivergences.renyi(a, b, alpha.lo());
        if (alpha.isPoint()) {
            return low;
        }
        Interval high = CertifiedDivergences.renyi(a, b, alpha.hi());
        return Interval.of(low.lo(), high.hi());
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
