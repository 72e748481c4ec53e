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
        return CertifiedDivergences.kl(p.probs(), q.probs());
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
