package org.infobound.engine.prove;

import java.util.HashMap;
import java.util.Map;
import org.infobound.lang.ast.Expr;
import org.infobound.num.Dual;
import org.infobound.num.Interval;

/** Certified enclosures of numeric expressions over the whole range of the claim's binders. */
final class Ranges {

    private Ranges() {
    }

    /** The enclosure of a numeric expression with every binder at its whole range. */
    static Interval enclose(Expr e, Context ctx) {
        Map<String, Dual> env = new HashMap<>();
        for (String v : Exprs.freeVars(e)) {
            if (ctx.numericKind(v).isPresent()) {
                env.put(v, Dual.constant(ctx.range(v)));
            }
        }
        return new NumericEval(env).eval(e).value();
    }
}
