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
        Map<String, java.util.List<Expr>> excluded = new HashMap<>();
        for (String v : Exprs.freeVars(e)) {
            if (ctx.numericKind(v).isPresent()) {
                env.put(v, Dual.constant(ctx.range(v)));
                if (ctx.binders.get(v) instanceof org.infobound.lang.ast.Domain.RealInterval ri) {
                    java.util.List<Expr> ends = new java.util.ArrayList<>();
                    if (ri.loEnd() == org.infobound.lang.ast.EndKind.OPEN) {
                        ends.add(ri.lo());
                    }
                    if (ri.hiEnd() == org.infobound.lang.ast.EndKind.OPEN) {
                        ends.add(ri.hi());
                    }
                    excluded.put(v, ends);
                }
            }
        }
        return new NumericEval(env, excluded).eval(e).value();
    }
}
