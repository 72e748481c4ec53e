package org.infobound.engine.prove;

import java.util.ArrayList;
import java.util.List;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.CallForm;
import org.infobound.lang.ast.DistOption;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.EndKind;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.NamedArg;
import org.infobound.lang.ast.UnaryOp;

/**
 * Prints an expression in the syntax of the claims language with the fewest parentheses the precedence
 * table of spec/LANGUAGE.md section 2 allows. The output re-parses to the same tree (spans
 * aside), so it is the canonical text certificates store and compare.
 */
public final class ExprPrinter {

    private static final int LAMBDA = 0;
    private static final int IMPLIES = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int REL = 5;
    private static final int ADD = 6;
    private static final int MUL = 7;
    private static final int NEG = 8;
    private static final int POW = 9;
    private static final int ATOM = 10;

    private ExprPrinter() {
    }

    /** The canonical text of {@code e}. */
    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        print(e, LAMBDA, sb);
        return sb.toString();
    }

    /** The canonical text of a domain, as written after {@code in}. */
    public static String print(Domain d) {
        StringBuilder sb = new StringBuilder();
        domain(d, sb);
        return sb.toString();
    }

    private static int prec(Expr e) {
        if (e instanceof Expr.Lambda) {
            return LAMBDA;
        }
        if (e instanceof Expr.Chain || e instanceof Expr.Approx) {
            return REL;
        }
        if (e instanceof Expr.Unary u) {
            return u.op() == UnaryOp.NOT ? NOT : NEG;
        }
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case IMPLIES -> IMPLIES;
                case OR -> OR;
                case AND -> AND;
                case ADD, SUB -> ADD;
                case MUL, DIV -> MUL;
                case POW -> POW;
            };
        }
        return ATOM;
    }

    private static void print(Expr e, int min, StringBuilder sb) {
        boolean paren = prec(e) < min;
        if (paren) {
            sb.append('(');
        }
        body(e, sb);
        if (paren) {
            sb.append(')');
        }
    }

    private static void body(Expr e, StringBuilder sb) {
        if (e instanceof Expr.IntLit i) {
            sb.append(i.value());
        } else if (e instanceof Expr.RealLit r) {
            sb.append(r.text());
        } else if (e instanceof Expr.StringLit s) {
            sb.append('"').append(s.value().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (e instanceof Expr.Var v) {
            sb.append(v.name());
        } else if (e instanceof Expr.Unary u) {
            sb.append(u.op() == UnaryOp.NOT ? "not " : "-");
            print(u.operand(), u.op() == UnaryOp.NOT ? NOT : NEG, sb);
        } else if (e instanceof Expr.Binary b) {
            binary(b, sb);
        } else if (e instanceof Expr.Chain c) {
            for (int i = 0; i < c.operands().size(); i++) {
                if (i > 0) {
                    sb.append(' ').append(c.ops().get(i - 1).symbol()).append(' ');
                }
                print(c.operands().get(i), ADD, sb);
            }
        } else if (e instanceof Expr.Approx a) {
            print(a.left(), ADD, sb);
            sb.append(" ~= ");
            print(a.right(), ADD, sb);
            sb.append(" within ");
            print(a.tolerance(), ADD, sb);
        } else if (e instanceof Expr.Call c) {
            call(c, sb);
        } else if (e instanceof Expr.ListLit l) {
            sb.append('[');
            list(l.elements(), sb);
            sb.append(']');
        } else if (e instanceof Expr.Lambda l) {
            sb.append(l.param().name()).append(" -> ");
            print(l.body(), IMPLIES, sb);
        } else if (e instanceof Expr.Aggregate a) {
            sb.append(a.kind().name().toLowerCase(java.util.Locale.ROOT)).append('(').append(a.var().name()).append(" in ");
            domain(a.domain(), sb);
            sb.append(", ");
            print(a.body(), LAMBDA, sb);
            sb.append(')');
        } else {
            throw new AssertionError("unknown expression " + e);
        }
    }

    private static void binary(Expr.Binary b, StringBuilder sb) {
        int p = prec(b);
        boolean rightAssoc = b.op() == BinaryOp.POW || b.op() == BinaryOp.IMPLIES;
        print(b.left(), rightAssoc ? p + 1 : p, sb);
        sb.append(b.op() == BinaryOp.POW ? "^" : " " + b.op().symbol() + " ");
        print(b.right(), rightAssoc ? p : p + 1, sb);
    }

    private static void call(Expr.Call c, StringBuilder sb) {
        sb.append(c.name()).append('(');
        List<String> parts = new ArrayList<>();
        int start = 0;
        if (c.form() == CallForm.DIVERGENCE) {
            parts.add(print(c.args().get(0)) + " || " + print(c.args().get(1)));
            start = 2;
        }
        for (int i = start; i < c.args().size(); i++) {
            parts.add(print(c.args().get(i)));
        }
        for (NamedArg n : c.named()) {
            parts.add(n.name().name() + " = " + print(n.value()));
        }
        sb.append(String.join(", ", parts)).append(')');
    }

    private static void list(List<Expr> items, StringBuilder sb) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            print(items.get(i), LAMBDA, sb);
        }
    }

    private static void domain(Domain d, StringBuilder sb) {
        if (d instanceof Domain.IntRange r) {
            print(r.lo(), ADD, sb);
            sb.append("..");
            print(r.hi(), ADD, sb);
        } else if (d instanceof Domain.RealInterval r) {
            sb.append(r.loEnd() == EndKind.CLOSED ? '[' : '(');
            print(r.lo(), ADD, sb);
            sb.append(", ");
            print(r.hi(), ADD, sb);
            sb.append(r.hiEnd() == EndKind.CLOSED ? ']' : ')');
        } else if (d instanceof Domain.FiniteSet s) {
            sb.append('{');
            list(s.elements(), sb);
            sb.append('}');
        } else if (d instanceof Domain.DistDomain dd) {
            sb.append("dist(");
            print(dd.minSize(), ADD, sb);
            if (dd.maxSize() != dd.minSize()) {
                sb.append("..");
                print(dd.maxSize(), ADD, sb);
            }
            for (DistOption o : dd.options()) {
                sb.append(", ");
                if (o instanceof DistOption.RewardsInInterval ri) {
                    sb.append("rewards in ");
                    domain(ri.range(), sb);
                } else if (o instanceof DistOption.RewardsInSet rs) {
                    sb.append("rewards in ");
                    domain(rs.values(), sb);
                } else {
                    sb.append("distinct rewards");
                }
            }
            sb.append(')');
        } else if (d instanceof Domain.Continuous) {
            sb.append("continuous");
        } else if (d instanceof Domain.Law l) {
            print(l.law(), ADD, sb);
        } else if (d instanceof Domain.FnDomain f) {
            sb.append("fn(");
            print(f.lo(), ADD, sb);
            sb.append(", ");
            print(f.hi(), ADD, sb);
            sb.append(')');
        } else if (d instanceof Domain.KernelDomain k) {
            sb.append("kernel(");
            print(k.minOutputs(), ADD, sb);
            if (k.maxOutputs() != k.minOutputs()) {
                sb.append("..");
                print(k.maxOutputs(), ADD, sb);
            }
            sb.append(')');
        } else {
            throw new AssertionError("unknown domain " + d);
        }
    }
}
