package org.infobound.lang.ast;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.infobound.lang.source.Span;

/**
 * Expressions and formulas. Numbers are exact: an integer literal is a {@link BigInteger}, a
 * decimal literal keeps its text and an exact {@link BigDecimal} ({@code 0.1} is 1/10);
 * {@code 10^6} is a {@link Binary} power, never folded by the parser.
 */
public sealed interface Expr extends Node {

    /** An integer literal such as {@code 3}; type Int. */
    record IntLit(Span span, BigInteger value) implements Expr {
    }

    /** A decimal literal such as {@code 0.1} or {@code 1e-9}; type Real; exact value. */
    record RealLit(Span span, String text, BigDecimal value) implements Expr {
    }

    /** A string literal (only as the argument of {@code empirical}); escapes resolved. */
    record StringLit(Span span, String value) implements Expr {
    }

    /**
     * A name: binder, {@code where} definition, {@code let} constant, lambda or aggregate
     * variable, builtin constant ({@code pi}, {@code e}, {@code inf}), the outcome reward
     * {@code r}, or a word value of a named argument ({@code index}).
     */
    record Var(Span span, String name) implements Expr {
    }

    /** {@code -x} or {@code not f}. */
    record Unary(Span span, UnaryOp op, Expr operand) implements Expr {
    }

    /** Arithmetic ({@code + - * / ^}) and connectives ({@code and or implies}). */
    record Binary(Span span, BinaryOp op, Expr left, Expr right) implements Expr {
    }

    /**
     * A relation chain {@code a op1 b op2 c ...}, meaning {@code a op1 b and b op2 c ...};
     * {@code operands.size() == ops.size() + 1 >= 2}.
     */
    record Chain(Span span, List<Expr> operands, List<RelOp> ops) implements Expr {
        public Chain {
            operands = List.copyOf(operands);
            ops = List.copyOf(ops);
            if (operands.size() != ops.size() + 1 || ops.isEmpty()) {
                throw new IllegalArgumentException("a chain needs n + 1 operands for n >= 1 relations");
            }
        }
    }

    /** {@code left ~= right within tolerance}: {@code |left - right| <= tolerance}. */
    record Approx(Span span, Expr left, Expr right, Expr tolerance) implements Expr {
    }

    /**
     * A call {@code f(a, b, name = v)}. With {@link CallForm#DIVERGENCE} the call was written
     * {@code f(p || q, ...)}: {@code args.get(0)} is p, {@code args.get(1)} is q, then the rest.
     */
    record Call(Span span, Ident callee, CallForm form, List<Expr> args, List<NamedArg> named)
            implements Expr {
        public Call {
            args = List.copyOf(args);
            named = List.copyOf(named);
        }

        /** The function name. */
        public String name() {
            return callee.name();
        }
    }

    /** {@code [e1, ..., ek]} (probability and reward lists of {@code categorical}). */
    record ListLit(Span span, List<Expr> elements) implements Expr {
        public ListLit {
            elements = List.copyOf(elements);
        }
    }

    /** {@code t -> body}, a function Real -> Real. */
    record Lambda(Span span, Ident param, Expr body) implements Expr {
    }

    /** {@code sum(k in a..b, body)} or {@code sup(x in DOMAIN, body)}. */
    record Aggregate(Span span, AggregateKind kind, Ident var, Domain domain, Expr body) implements Expr {
    }
}
