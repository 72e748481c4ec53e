package org.infobound.engine.prove;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Binder;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.Declaration;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.Ident;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import org.infobound.num.Interval;

/**
 * The binders of the claim being proved (every fact holds for all their values) and the
 * conjuncts of its {@code assuming} (facts available without proof).
 */
final class Context {

    final Map<String, Domain> binders;
    final List<Expr> assumptions = new ArrayList<>();
    /** Side-condition decisions already made in this context ({@link SideConditions}), by canonical text. */
    final Map<String, Optional<String>> sideConditions = new java.util.HashMap<>();

    Context(Map<String, Domain> binders, Optional<Expr> assuming) {
        this.binders = new LinkedHashMap<>(binders);
        assuming.ifPresent(a -> conjuncts(a, assumptions));
    }

    private static void conjuncts(Expr e, List<Expr> out) {
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.AND) {
            conjuncts(b.left(), out);
            conjuncts(b.right(), out);
        } else {
            out.add(e);
        }
    }

    /** Rebuilds a context from certificate text: binder domains and the assumption. */
    static Context parse(Map<String, String> binderText, Optional<String> assuming) {
        StringBuilder sb = new StringBuilder("claim c_");
        if (!binderText.isEmpty()) {
            List<String> parts = new ArrayList<>();
            binderText.forEach((n, d) -> parts.add(n + " in " + d));
            sb.append(" forall ").append(String.join(", ", parts));
        }
        assuming.ifPresent(a -> sb.append(" assuming ").append(a));
        sb.append(" : 0 <= 1");
        ParseResult r = Parser.parse(SourceFile.of("<certificate>", sb.toString()));
        if (r.hasErrors() || r.file().claims().size() != 1) {
            throw new NotCertified("cannot read the certificate's binders: " + sb);
        }
        ClaimDecl c = r.file().claims().get(0);
        Map<String, Domain> m = new LinkedHashMap<>();
        for (Binder b : c.binders()) {
            for (Ident id : b.names()) {
                m.put(id.name(), b.domain());
            }
        }
        return new Context(m, c.assuming());
    }

    boolean assumed(Expr fact) {
        String c = Facts.normal(fact);
        return assumptions.stream().anyMatch(a -> Facts.normal(a).equals(c));
    }

    /** A binder ranging over numbers with constant bounds (integer range or real interval). */
    Optional<DimKind> numericKind(String name) {
        Domain d = binders.get(name);
        if (d instanceof Domain.IntRange r && constant(r.lo()) && constant(r.hi())) {
            return Optional.of(DimKind.INTEGER);
        }
        if (d instanceof Domain.RealInterval r && constant(r.lo()) && constant(r.hi())) {
            return Optional.of(DimKind.REAL);
        }
        return Optional.empty();
    }

    static boolean constant(Expr e) {
        return Exprs.freeVars(e).stream().allMatch(v -> v.equals("inf") || v.equals("pi") || v.equals("e"));
    }

    /** The enclosure of a numeric binder's range (bounds evaluated; ends taken closed). */
    Interval range(String name) {
        Domain d = binders.get(name);
        Expr lo;
        Expr hi;
        if (d instanceof Domain.IntRange r) {
            lo = r.lo();
            hi = r.hi();
        } else if (d instanceof Domain.RealInterval r) {
            lo = r.lo();
            hi = r.hi();
        } else {
            throw new NotCertified(name + " is not numeric");
        }
        Interval a = ResolvedGoal.constant(ExprPrinter.print(lo));
        Interval b = ResolvedGoal.constant(ExprPrinter.print(hi));
        return Interval.of(a.lo(), b.hi());
    }

    /** True if every free variable of e is a numeric binder (or a constant name). */
    boolean numeric(Expr e) {
        for (String v : Exprs.freeVars(e)) {
            if (!(v.equals("pi") || v.equals("e") || v.equals("inf")) && numericKind(v).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Binder texts for a certificate. */
    Map<String, String> binderText() {
        return text(binders);
    }

    /** Domain texts, in binder order. */
    static Map<String, String> text(Map<String, Domain> binders) {
        Map<String, String> m = new LinkedHashMap<>();
        binders.forEach((n, d) -> m.put(n, ExprPrinter.print(d)));
        return m;
    }

    Optional<String> assumingText() {
        if (assumptions.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = assumptions.stream().map(ExprPrinter::print).map(s -> "(" + s + ")").toList();
        return Optional.of(String.join(" and ", parts));
    }

    /** A copy with one binder replaced by a value (case split on a finite set). */
    Context without(String name) {
        Map<String, Domain> m = new LinkedHashMap<>(binders);
        m.remove(name);
        Context c = new Context(m, Optional.empty());
        c.assumptions.addAll(assumptions);
        return c;
    }

}
