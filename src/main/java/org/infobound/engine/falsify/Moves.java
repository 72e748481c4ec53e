package org.infobound.engine.falsify;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;

/**
 * Small random moves for the targeted phase: hill climbing on the margin from the instance
 * closest to a violation (coordinate steps: one binder or one reward at a time).
 */
final class Moves {

    private static final double[] STEPS = {0.5, 0.1, 0.01, 1e-4};

    private Moves() {
    }

    /**
     * One coordinate step from x. The random stream is the one of the historical form (kept in
     * MovesTest as the reference): {@code names = new ArrayList<>(x.inputs().keySet())}; move the
     * rewards when {@code x.alphabetSize() > 0 && (names.isEmpty() || rng.chance(0.2))}, else
     * {@code name = rng.pick(names)} (one {@code nextInt(names.size())}) and
     * {@code x.with(name, move(x.get(name), rng))}; here without the list: binder positions are
     * the key order of {@code x.inputs()}, and {@code withAt(i, ...)} is {@code with(name(i), ...)}.
     */
    static Instance mutate(Instance x, ClaimSpace space, Rng rng) {
        int binders = x.binderCount();
        boolean moveRewards = x.alphabetSize() > 0 && (binders == 0 || rng.chance(0.2));
        if (moveRewards) {
            // moveRewards reads the instance's array and returns a fresh one, handed over
            return x.withOwnedRewards(moveRewards(x.rewardsShared(), rng));
        }
        int i = rng.nextInt(binders);
        return x.withAt(i, move(x.binderValue(i), rng));
    }

    /** A fresh array: r with one reward moved (r itself is only read). */
    private static double[] moveRewards(double[] r, Rng rng) {
        double[] out = r.clone();
        int i = rng.nextInt(out.length);
        if (out.length > 1 && rng.chance(0.3)) {
            out[i] = out[rng.nextInt(out.length)];
        } else {
            out[i] += (Math.abs(out[i]) + 1) * STEPS[rng.nextInt(STEPS.length)] * (rng.chance(0.5) ? 1 : -1);
        }
        return out;
    }

    static Input move(Input v, Rng rng) {
        double step = STEPS[rng.nextInt(STEPS.length)];
        double sign = rng.chance(0.5) ? 1 : -1;
        if (v instanceof Input.IntInput i) {
            // exact integer steps: +-1, doubling or halving, a relative step (never wraps)
            java.math.BigInteger n = i.value();
            java.math.BigInteger one = java.math.BigInteger.valueOf((long) sign);
            switch (rng.nextInt(3)) {
                case 0:
                    return new Input.IntInput(n.add(one));
                case 1:
                    return new Input.IntInput(sign > 0 ? n.shiftLeft(1) : n.divide(java.math.BigInteger.TWO));
                default:
                    java.math.BigInteger rel = relativeStep(n, step);
                    return new Input.IntInput(sign > 0 ? n.add(rel) : n.subtract(rel));
            }
        } else if (v instanceof Input.RealInput r) {
            double x = r.approx();
            return new Input.RealInput(org.infobound.num.Rationals.of(x + sign * step * (Math.abs(x) + 1e-3)));
        } else if (v instanceof Input.DistInput d) {
            return moveMass(d, step, rng);
        } else if (v instanceof Input.FnInput f) {
            double[] vals = f.values();
            int j = rng.nextInt(vals.length);
            vals[j] += sign * step * (Math.abs(vals[j]) + 1);
            return new Input.FnInput(vals);
        } else if (v instanceof Input.KernelInput k) {
            List<Input.DistInput> rows = new ArrayList<>(k.rows());
            int j = rng.nextInt(rows.size());
            rows.set(j, moveMass(rows.get(j), step, rng));
            return new Input.KernelInput(rows);
        } else if (v instanceof Input.LawInput l) {
            double[] ps = l.params();
            int j = rng.nextInt(ps.length);
            ps[j] = Math.rint((ps[j] + sign * step * (Math.abs(ps[j]) + 0.1)) * 1e6) / 1e6;
            return new Input.LawInput(l.family(), ps);
        }
        return v;
    }

    /**
     * The integer step {@code max(1, floor(|n| * step))}, with {@code step} read as its decimal
     * text (BigDecimal.valueOf: 0.5, 0.1, 0.01, 1.0E-4 exactly). For the steps of {@link #STEPS}
     * and |n| below 2^62 that is {@code max(1, |n| / d)} in longs with d = 2, 10, 100, 10000 (the
     * exact quotient of integers, truncated as toBigInteger truncates); otherwise in BigDecimal.
     */
    static java.math.BigInteger relativeStep(java.math.BigInteger n, double step) {
        long d = step == 0.5 ? 2 : step == 0.1 ? 10 : step == 0.01 ? 100 : step == 1e-4 ? 10_000 : 0;
        if (d > 0 && n.bitLength() < 63) {
            return java.math.BigInteger.valueOf(Math.max(1, Math.abs(n.longValue()) / d));
        }
        return new java.math.BigDecimal(n.abs()).multiply(java.math.BigDecimal.valueOf(step)).toBigInteger()
                .max(java.math.BigInteger.ONE);
    }

    /** Moves a fraction {@code step} of one outcome's mass to another. */
    static Input.DistInput moveMass(Input.DistInput d, double step, Rng rng) {
        double[] w = d.approx();
        if (w.length < 2) {
            return d;
        }
        int from = rng.nextInt(w.length);
        int to = rng.nextInt(w.length - 1);
        if (to >= from) {
            to++;
        }
        double m = w[from] * step;
        w[from] -= m;
        w[to] += m;
        return Simplex.fromWeights(w);
    }
}
