package org.infobound.engine.run;

import org.infobound.engine.eval.ClaimEvaluator;
import org.infobound.engine.eval.Instance;
import org.infobound.engine.eval.Mode;
import org.infobound.engine.eval.Outcome;
import org.infobound.engine.falsify.Confirmation;
import org.infobound.engine.falsify.Property;
import org.infobound.engine.falsify.Trial;

/** A claim as a falsifier {@link Property}: float evaluation and certified confirmation. */
final class ClaimProperty implements Property {

    private final ClaimEvaluator ce;
    /** The compiled batch float route, or null when the claim does not compile. */
    private final org.infobound.engine.batch.BatchRoute route;
    private double[] margins;
    private boolean[] holds;

    ClaimProperty(ClaimEvaluator ce) {
        this.ce = ce;
        this.route = org.infobound.engine.batch.BatchRoute.compiled()
                ? org.infobound.engine.batch.BatchRoute.compile(ce.claim(), ce.lets()) : null;
    }

    @Override
    public int block() {
        return route == null || ClaimEvaluator.faultInjected() ? 1 : org.infobound.engine.batch.BatchRoute.MAX_BLOCK;
    }

    @Override
    public void evaluateBlock(Instance[] xs, int n, Trial[] out) {
        if (route == null || ClaimEvaluator.faultInjected()) {
            Property.super.evaluateBlock(xs, n, out);
            return;
        }
        if (margins == null) {
            margins = new double[org.infobound.engine.batch.BatchRoute.MAX_BLOCK];
            holds = new boolean[org.infobound.engine.batch.BatchRoute.MAX_BLOCK];
        }
        for (int lo = 0; lo < n; lo += org.infobound.engine.batch.BatchRoute.MAX_BLOCK) {
            int m = Math.min(n - lo, org.infobound.engine.batch.BatchRoute.MAX_BLOCK);
            Instance[] part = lo == 0 ? xs : java.util.Arrays.copyOfRange(xs, lo, lo + m);
            route.evaluate(part, m, margins, holds);
            int interpreted = 0;
            long nanos = 0;
            for (int i = 0; i < m; i++) {
                if (holds[i]) {
                    out[lo + i] = Trial.holds(margins[i]);
                } else {
                    // violated, undefined, non-finite or unusual: the interpreter's own trial
                    long t0 = System.nanoTime();
                    out[lo + i] = evaluate(part[i]);
                    nanos += System.nanoTime() - t0;
                    interpreted++;
                }
            }
            org.infobound.engine.batch.BatchStats.block(m, interpreted, nanos);
        }
    }

    @Override
    public Trial evaluate(Instance x) {
        Outcome o = ce.evaluate(x, Mode.FLOAT);
        switch (o.kind()) {
            case HOLDS:
                return Trial.holds(o.truth().margin());
            case VIOLATED:
                return Trial.violated(o.truth().margin(), o.truth().relation(), side(o.truth().left()),
                        side(o.truth().right()));
            case SKIPPED:
                return Trial.skipped();
            case UNDEFINED:
                return Trial.undefined(o.reason());
            case OUT_OF_RANGE:
                return Trial.outOfRange(o.reason());
            default:
                return Trial.failed(o.reason());
        }
    }

    private static double side(org.infobound.engine.verdict.Enclosure e) {
        return e == null ? Double.NaN : e.estimate();
    }

    @Override
    public Confirmation confirm(Instance x) {
        Outcome o = ce.evaluate(x, Mode.CERTIFIED);
        switch (o.kind()) {
            case VIOLATED:
                return Confirmation.confirmed(o.truth().relation(), o.truth().left(), o.truth().right(),
                        Math.abs(o.truth().margin()));
            case SKIPPED:
                return Confirmation.skipped();
            case UNDEFINED:
                return Confirmation.undefined(o.reason());
            case HOLDS:
                return Confirmation.notConfirmed(Confirmation.HOLDS_CERTIFIED);
            case UNKNOWN:
                return o.truth() != null && o.truth().relation() != null
                        ? Confirmation.undecided(undecided(o), o.truth().relation(), o.truth().left(), o.truth().right())
                        : Confirmation.notConfirmed(undecided(o));
            case UNCERTIFIED:
                return Confirmation.notConfirmed("no certified route: " + o.reason());
            default:
                return Confirmation.notConfirmed("certified evaluation failed: " + o.reason());
        }
    }

    private static String undecided(Outcome o) {
        if (o.truth() != null && o.truth().relation() != null && o.truth().left() != null
                && o.truth().right() != null) {
            return "the certified enclosures do not decide " + o.truth().relation() + ": left " + o.truth().left()
                    + ", right " + o.truth().right();
        }
        return "the certified enclosures do not decide the formula";
    }
}
