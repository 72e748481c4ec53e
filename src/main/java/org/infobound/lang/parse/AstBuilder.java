package org.infobound.lang.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.infobound.lang.ast.AggregateKind;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Binder;
import org.infobound.lang.ast.CallForm;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.ClaimKind;
import org.infobound.lang.ast.Declaration;
import org.infobound.lang.ast.DistOption;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.EndKind;
import org.infobound.lang.ast.ExpectClause;
import org.infobound.lang.ast.Expectation;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.Ident;
import org.infobound.lang.ast.LetDecl;
import org.infobound.lang.ast.NamedArg;
import org.infobound.lang.ast.RelOp;
import org.infobound.lang.ast.SourceDecl;
import org.infobound.lang.ast.UnaryOp;
import org.infobound.lang.ast.WhereDef;
import org.infobound.lang.diag.Code;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.parse.gen.ClaimsParser;
import org.infobound.lang.parse.gen.ClaimsParser.*;
import org.infobound.lang.source.SourceFile;
import org.infobound.lang.source.Span;

/**
 * Turns one ANTLR parse tree (of a declaration or an expression) into AST records. The parse
 * tree never leaves this package. A problem that makes the declaration meaningless (a number
 * literal out of range, an unknown expectation word) aborts with {@link Invalid}.
 */
final class AstBuilder {

    /** Thrown to drop the declaration being built; carries the diagnostic. */
    static final class Invalid extends RuntimeException {
        final transient Diagnostic diagnostic;

        Invalid(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    private final SourceFile source;

    AstBuilder(SourceFile source) {
        this.source = source;
    }

    Span span(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getType() == Token.EOF ? ctx.getStart() : ctx.getStop();
        int start = ctx.getStart().getStartIndex();
        return source.span(start, Math.max(start, stop.getStopIndex() + 1));
    }

    Span span(Token t) {
        return source.span(t.getStartIndex(), t.getStopIndex() + 1);
    }

    private String string(Token t) {
        return Literals.unquote(source.text().substring(t.getStartIndex(), t.getStopIndex() + 1));
    }

    Ident ident(Token t) {
        return new Ident(span(t), t.getText());
    }

    Declaration declaration(DeclarationContext ctx) {
        if (ctx instanceof SourceDeclContext c) {
            return new SourceDecl(span(c), string(c.STRING().getSymbol()));
        } else if (ctx instanceof LetDeclContext c) {
            return new LetDecl(span(c), ident(c.name), c.params.stream().map(this::ident).toList(), expr(c.expr()));
        } else if (ctx instanceof ClaimDeclContext c) {
            return claim(c);
        }
        throw new AssertionError(ctx.getClass());
    }

    private ClaimDecl claim(ClaimDeclContext c) {
        ClaimKind kind = c.kind.getType() == ClaimsParser.THEOREM ? ClaimKind.THEOREM : ClaimKind.CLAIM;
        List<Binder> binders = new ArrayList<>();
        if (c.binders() != null) {
            for (BinderContext b : c.binders().binder()) {
                binders.add(new Binder(span(b), b.names.stream().map(this::ident).toList(), domain(b.domain())));
            }
        }
        List<WhereDef> defs = new ArrayList<>();
        if (c.defs() != null) {
            for (DefContext d : c.defs().def()) {
                defs.add(new WhereDef(span(d), ident(d.ID().getSymbol()), expr(d.expr())));
            }
        }
        Optional<ExpectClause> expect = Optional.empty();
        if (c.verdict != null) {
            Span at = span(c.verdict);
            Expectation e = Expectation.fromWord(c.verdict.getText()).orElseThrow(() -> new Invalid(
                    Diagnostic.of(Code.E306, at, "unknown expectation `" + c.verdict.getText() + "`",
                            "write one of: expect proved, expect holds, expect falsified, expect open")));
            expect = Optional.of(new ExpectClause(source.span(c.EXPECT().getSymbol().getStartIndex(), at.end()), e));
        }
        return new ClaimDecl(span(c), kind, ident(c.name),
                Optional.ofNullable(c.desc).map(this::string), Optional.ofNullable(c.cite).map(this::string),
                binders, defs, Optional.ofNullable(c.assume).map(this::expr), expr(c.formula), expect);
    }

    Domain domain(DomainContext ctx) {
        Span s = span(ctx);
        if (ctx instanceof DistDomainContext c) {
            Expr lo = expr(c.lo);
            Expr hi = c.hi == null ? lo : expr(c.hi);
            return new Domain.DistDomain(s, lo, hi, c.distOption().stream().map(this::distOption).toList());
        } else if (ctx instanceof ContinuousDomainContext) {
            return new Domain.Continuous(s);
        } else if (ctx instanceof FnDomainContext c) {
            return new Domain.FnDomain(s, expr(c.lo), expr(c.hi));
        } else if (ctx instanceof KernelDomainContext c) {
            Expr lo = expr(c.lo);
            return new Domain.KernelDomain(s, lo, c.hi == null ? lo : expr(c.hi));
        } else if (ctx instanceof IntervalDomainContext c) {
            return interval(c.interval());
        } else if (ctx instanceof SetDomainContext c) {
            return set(c.set());
        } else if (ctx instanceof RangeOrLawDomainContext c) {
            return c.hi == null ? new Domain.Law(s, expr(c.lo)) : new Domain.IntRange(s, expr(c.lo), expr(c.hi));
        }
        throw new AssertionError(ctx.getClass());
    }

    private Domain.RealInterval interval(IntervalContext c) {
        return new Domain.RealInterval(span(c), c.open.getText().equals("[") ? EndKind.CLOSED : EndKind.OPEN,
                expr(c.lo), expr(c.hi), c.close.getText().equals("]") ? EndKind.CLOSED : EndKind.OPEN);
    }

    private Domain.FiniteSet set(SetContext c) {
        return new Domain.FiniteSet(span(c), c.expr().stream().map(this::expr).toList());
    }

    private DistOption distOption(DistOptionContext ctx) {
        if (ctx instanceof RewardsInIntervalContext c) {
            return new DistOption.RewardsInInterval(span(c), interval(c.interval()));
        } else if (ctx instanceof RewardsInSetContext c) {
            return new DistOption.RewardsInSet(span(c), set(c.set()));
        } else if (ctx instanceof DistinctRewardsContext c) {
            return new DistOption.DistinctRewards(span(c));
        }
        throw new AssertionError(ctx.getClass());
    }

    Expr expr(ExprContext ctx) {
        if (ctx instanceof LambdaExprContext c) {
            return new Expr.Lambda(span(c), ident(c.param), expr(c.body));
        }
        return implication(((PlainExprContext) ctx).implication());
    }

    private Expr implication(ImplicationContext c) {
        Expr left = disjunction(c.disjunction());
        if (c.implication() == null) {
            return left;
        }
        return new Expr.Binary(span(c), BinaryOp.IMPLIES, left, implication(c.implication()));
    }

    private Expr disjunction(DisjunctionContext c) {
        Expr e = conjunction(c.conjunction(0));
        for (int i = 1; i < c.conjunction().size(); i++) {
            Expr r = conjunction(c.conjunction(i));
            e = new Expr.Binary(e.span().to(r.span()), BinaryOp.OR, e, r);
        }
        return e;
    }

    private Expr conjunction(ConjunctionContext c) {
        Expr e = negation(c.negation(0));
        for (int i = 1; i < c.negation().size(); i++) {
            Expr r = negation(c.negation(i));
            e = new Expr.Binary(e.span().to(r.span()), BinaryOp.AND, e, r);
        }
        return e;
    }

    private Expr negation(NegationContext c) {
        if (c.NOT() != null) {
            return new Expr.Unary(span(c), UnaryOp.NOT, negation(c.negation()));
        }
        return relation(c.relation());
    }

    private Expr relation(RelationContext c) {
        if (c.tol != null) {
            return new Expr.Approx(span(c), additive(c.first), additive(c.right), additive(c.tol));
        }
        Expr first = additive(c.first);
        if (c.rest.isEmpty()) {
            return first;
        }
        List<Expr> operands = new ArrayList<>();
        operands.add(first);
        c.rest.forEach(a -> operands.add(additive(a)));
        List<RelOp> ops = c.relOp().stream().map(o -> RelOp.fromSymbol(o.getText())).toList();
        return new Expr.Chain(span(c), operands, ops);
    }

    private Expr additive(AdditiveContext c) {
        Expr e = multiplicative(c.multiplicative(0));
        for (int i = 1; i < c.multiplicative().size(); i++) {
            Expr r = multiplicative(c.multiplicative(i));
            BinaryOp op = c.op.get(i - 1).getText().equals("+") ? BinaryOp.ADD : BinaryOp.SUB;
            e = new Expr.Binary(e.span().to(r.span()), op, e, r);
        }
        return e;
    }

    private Expr multiplicative(MultiplicativeContext c) {
        Expr e = unary(c.unary(0));
        for (int i = 1; i < c.unary().size(); i++) {
            Expr r = unary(c.unary(i));
            BinaryOp op = c.op.get(i - 1).getText().equals("*") ? BinaryOp.MUL : BinaryOp.DIV;
            e = new Expr.Binary(e.span().to(r.span()), op, e, r);
        }
        return e;
    }

    private Expr unary(UnaryContext c) {
        if (c.unary() != null) {
            return new Expr.Unary(span(c), UnaryOp.NEG, unary(c.unary()));
        }
        PowerContext p = c.power();
        Expr base = primary(p.primary());
        if (p.unary() == null) {
            return base;
        }
        return new Expr.Binary(span(p), BinaryOp.POW, base, unary(p.unary()));
    }

    private Expr primary(PrimaryContext ctx) {
        Span s = span(ctx);
        if (ctx instanceof NumberExprContext c) {
            return Literals.number(c.NUMBER().getSymbol(), span(c.NUMBER().getSymbol()));
        } else if (ctx instanceof StringExprContext c) {
            return new Expr.StringLit(s, string(c.STRING().getSymbol()));
        } else if (ctx instanceof VarExprContext c) {
            return new Expr.Var(s, c.ID().getText());
        } else if (ctx instanceof ParenExprContext c) {
            return expr(c.expr());
        } else if (ctx instanceof ListExprContext c) {
            return new Expr.ListLit(s, c.expr().stream().map(this::expr).toList());
        } else if (ctx instanceof AggregateExprContext c) {
            AggregateKind kind = c.callee.getType() == ClaimsParser.SUM ? AggregateKind.SUM : AggregateKind.SUP;
            BindingArgContext b = c.bindingArg();
            return new Expr.Aggregate(s, kind, ident(b.ID().getSymbol()), domain(b.domain()), expr(c.expr()));
        } else if (ctx instanceof CallExprContext c) {
            return call(c, s);
        }
        throw new AssertionError(ctx.getClass());
    }

    private Expr call(CallExprContext c, Span s) {
        List<Expr> args = new ArrayList<>();
        List<NamedArg> named = new ArrayList<>();
        CallForm form = CallForm.PLAIN;
        if (c.first != null) {
            List<ArgContext> all = new ArrayList<>();
            all.add(c.first);
            all.addAll(c.rest);
            for (int i = 0; i < c.sep.size(); i++) {
                if (c.sep.get(i).getText().equals("||")) {
                    if (i != 0 || !(all.get(0) instanceof PositionalArgContext)
                            || !(all.get(1) instanceof PositionalArgContext)) {
                        throw new Invalid(Diagnostic.of(Code.E204, span(c.sep.get(i)),
                                "`||` separates the two laws of a divergence and comes first: f(p || q, ...)"));
                    }
                    form = CallForm.DIVERGENCE;
                }
            }
            for (ArgContext a : all) {
                if (a instanceof NamedArgContext n) {
                    named.add(new NamedArg(span(n), ident(n.name), expr(n.expr())));
                } else {
                    args.add(expr(((PositionalArgContext) a).expr()));
                }
            }
        }
        return new Expr.Call(s, ident(c.callee), form, args, named);
    }

}
