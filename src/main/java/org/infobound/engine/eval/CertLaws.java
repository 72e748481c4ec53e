package org.infobound.engine.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.hipparchus.fraction.BigFraction;
import org.infobound.num.Interval;

/** Certified law transformations: tilt, mixture, reward law, kernel image. */
final class CertLaws {

    private CertLaws() {
    }

    /** {@code p_i exp(r_i / beta) / Z}, shifted by the largest reward for range safety. */
    static CertLaw tilt(CertLaw p, Interval beta) {
        if (!(beta.lo() > 0)) {
            throw new EvalFailure("tilt needs beta > 0, got " + beta);
        }
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.size(); i++) {
            if (p.maybePositive(i)) {
                top = Math.max(top, p.reward(i));
            }
        }
        Interval[] w = new Interval[p.size()];
        for (int i = 0; i < p.size(); i++) {
            w[i] = p.isNull(i) ? Interval.ZERO
                    : p.prob(i).mul(p.rewardIv(i).sub(Interval.of(top)).div(beta).exp());
        }
        Interval z = Iv.sum(w);
        Interval[] out = new Interval[p.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.isNull(i) ? Interval.ZERO : Iv.clamp(w[i].div(z), 0, 1);
        }
        return p.withProbs(out, null);
    }

    static CertLaw mix(CertLaw p, CertLaw q, Interval w, BigFraction wExact) {
        p.requireComparable(q);
        if (!(w.lo() >= 0 && w.hi() <= 1)) {
            throw new EvalFailure("mix needs w in [0, 1], got " + w);
        }
        Interval[] out = new Interval[p.size()];
        BigFraction[] ex = p.isExact() && q.isExact() && wExact != null ? new BigFraction[p.size()] : null;
        for (int i = 0; i < out.length; i++) {
            if (ex != null) {
                ex[i] = BigFraction.ONE.subtract(wExact).multiply(p.exactProb(i)).add(wExact.multiply(q.exactProb(i)));
                out[i] = Interval.of(ex[i]);
            } else {
                out[i] = Iv.clamp(Interval.ONE.sub(w).mul(p.prob(i)).add(w.mul(q.prob(i))), 0, 1);
            }
        }
        return p.withProbs(out, ex);
    }

    /** Outcomes with equal reward merged, sorted by reward. */
    static CertLaw rewardLaw(CertLaw p) {
        p.requireOrderFaithful("the reward law");
        TreeMap<Double, Interval> iv = new TreeMap<>();
        TreeMap<Double, BigFraction> ex = new TreeMap<>();
        java.util.Map<Double, BigFraction> exactReward = new java.util.HashMap<>();
        for (int i = 0; i < p.size(); i++) {
            exactReward.put(p.reward(i) + 0.0, p.exactReward(i));
            iv.merge(p.reward(i), p.prob(i), Interval::add);
            if (p.isExact()) {
                ex.merge(p.reward(i), p.exactProb(i), BigFraction::add);
            }
        }
        double[] r = new double[iv.size()];
        Interval[] out = new Interval[r.length];
        BigFraction[] exOut = p.isExact() ? new BigFraction[r.length] : null;
        BigFraction[] exR = p.rewardsAreDoubles() ? null : new BigFraction[r.length];
        int t = 0;
        for (var e : iv.entrySet()) {
            r[t] = e.getKey();
            if (exR != null) {
                exR[t] = exactReward.get(e.getKey() + 0.0);
            }
            out[t] = exOut != null ? Interval.of(ex.get(e.getKey())) : Iv.clamp(e.getValue(), 0, 1);
            if (exOut != null) {
                exOut[t] = ex.get(e.getKey());
            }
            t++;
        }
        return new CertLaw(out, exOut, r, exR);
    }

    /** Output law of a kernel; output j gets reward j (as in math.discrete.MarkovKernel). */
    static CertLaw apply(Input.KernelInput k, CertLaw p) {
        if (k.rows().size() != p.size()) {
            throw new EvalFailure("kernel has " + k.rows().size() + " rows for " + p.size() + " outcomes");
        }
        int m = k.outputs();
        List<BigFraction> ex = new ArrayList<>();
        Interval[] out = new Interval[m];
        double[] r = new double[m];
        for (int j = 0; j < m; j++) {
            r[j] = j;
            BigFraction s = BigFraction.ZERO;
            Interval si = Interval.ZERO;
            for (int i = 0; i < p.size(); i++) {
                BigFraction kij = k.rows().get(i).probs().get(j);
                if (p.isExact()) {
                    s = s.add(p.exactProb(i).multiply(kij));
                } else {
                    si = si.add(p.prob(i).mul(Interval.of(kij)));
                }
            }
            ex.add(s);
            out[j] = p.isExact() ? Interval.of(s) : Iv.clamp(si, 0, 1);
        }
        return new CertLaw(out, p.isExact() ? ex.toArray(new BigFraction[0]) : null, r);
    }
}
