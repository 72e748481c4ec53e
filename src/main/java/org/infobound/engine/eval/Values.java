package org.infobound.engine.eval;

import org.infobound.lang.ast.Expr;

/** Runtime values of the evaluator besides numbers, truths and laws. */
final class Values {

    private Values() {
    }

    /** A function on the outcomes of the shared alphabet (an {@code fn} binder). */
    record FnVal(double[] values) {
    }

    /** A lambda with its defining environment. */
    record LambdaVal(Expr.Lambda lambda, Env env) {
    }

    /** A bare word used as a named-argument value: {@code index}, {@code strict}, ... */
    record Sym(String word) {
    }
}
