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

    ClaimProperty(ClaimEvaluator ce) {
        this.ce = ce;
    }

    @Override
    public Trial evaluate(Instance x) {
        Outcome o = ce.evaluate(x, Mode.FLOAT);
        switch (o.kind()) {
            case HOLDS:
                return Trial.holds(o.truth().margin());
            case VIOLATED:
                return Trial.violated(o.truth().margin());
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
                return Confirmation.notConfirmed("holds under certified evaluation");
            default:
                return Confirmation.notConfirmed(o.reason());
        }
    }
}
