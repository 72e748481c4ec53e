package org.infobound.engine.prove;

import java.util.Optional;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.RelOp;
import org.infobound.lang.parse.ExpressionResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;

/** Reading and combining relations. */
final class Relations {

    private Relations() {
    }

    /** A two-operand chain with {@code <=, <, ==, >=, >} as a normalised relation. */
    static Optional<Relation> of(Expr e) {
        if (!(e instanceof Expr.Chain c) || c.ops().size() != 1) {
            return Optional.empty();
        }
        Expr a = c.operands().get(0);
        Expr b = c.operands().get(1);
        return switch (c.ops().get(0)) {
            case LE, LT, EQ -> Optional.of(new Relation(a, c.ops().get(0), b));
            case GE -> Optional.of(new Relation(b, RelOp.LE, a));
            case GT -> Optional.of(new Relation(b, RelOp.LT, a));
            case NE -> Optional.empty();
        };
    }

    /** Parses the text of a relation (certificates store facts as text). */
    static Optional<Relation> parse(String text) {
        ExpressionResult r = Parser.parseExpression(SourceFile.of("<fact>", text));
        return r.expr().flatMap(Relations::of);
    }

    /** The relation from {@code a r1 b} and {@code b r2 c}: strict if either is; EQ only if both are. */
    static RelOp compose(RelOp r1, RelOp r2) {
        if (r1 == RelOp.EQ) {
            return r2;
        }
        if (r2 == RelOp.EQ) {
            return r1;
        }
        return r1 == RelOp.LT || r2 == RelOp.LT ? RelOp.LT : RelOp.LE;
    }

    /** True if a proved {@code have} gives the wanted relation between the same sides. */
    static boolean implies(RelOp have, RelOp want) {
        return have == want || want == RelOp.LE;
    }
}
