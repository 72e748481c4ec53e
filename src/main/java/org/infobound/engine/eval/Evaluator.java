package org.infobound.engine.eval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.LetDecl;
import org.infobound.lang.ast.RelOp;
import org.infobound.lang.source.SourceFile;

/**
 * Evaluates expressions of a claims file over one {@link Backend}. Integers and rationals stay
 * exact ({@link Long}, {@link BigFraction}) as long as the operations allow; everything else is a
 * backend number. Formulas evaluate to {@link Truth}.
 */
final class Evaluator<N, D> {

    /**
     * Integer powers are computed exactly up to this exponent; {@link Exact#apply} also bounds the
     * result to 4096 bits. It was 256, so {@code 10^-320} (an exact rational of 1063 bits) became
     * an enclosure and {@code bernoulli(10^-320)} had no certified value.
     */
    private static final long EXACT_POW = 4096;

    final Backend<N, D> backend;
    final SourceFile source;
    final Map<String, LetDecl> lets;
    private final Builtins<N, D> builtins;

    Evaluator(Backend<N, D> backend, SourceFile source, Map<String, LetDecl> lets) {
        this.backend = backend;
        this.source = source;
        this.lets = lets;
        this.builtins = new Builtins<>(this);
    }

    Object eval(Expr e, Env env) {
        if (e instanceof Expr.IntLit i) {
            return i.value().bitLength() < 63 ? (Object) i.value().longValue() : new BigFraction(i.value());
        } else if (e instanceof Expr.RealLit r) {
            return exactDecimal(r.value());
        } else if (e instanceof Expr.StringLit s) {
            return s.value();
        } else if (e instanceof Expr.Var v) {
            return variable(v.name(), env);
        } else if (e instanceof Expr.Unary u) {
            Object x = eval(u.operand(), env);
            switch (u.op()) {
                case NEG:
                    return negate(x);
                case NOT:
                    Truth t = truth(x, u);
                    return Truth.of(t.truth().not(), -t.margin());
                default:
                    throw new AssertionError(u.op());
            }
        } else if (e instanceof Expr.Binary b) {
            return binary(b, env);
        } else if (e instanceof Expr.Chain c) {
            return chain(c, env);
        } else if (e instanceof Expr.Approx a) {
            N l = num(eval(a.left(), env));
            N r = num(eval(a.right(), env));
            N t = num(eval(a.tolerance(), env));
            return backend.approx(l, r, t, balanced(a.span().start(), a.span().end()));
        } else if (e instanceof Expr.Call c) {
            return builtins.call(c, env);
        } else if (e instanceof Expr.ListLit l) {
            List<Object> out = new ArrayList<>();
            for (Expr x : l.elements()) {
                out.add(eval(x, env));
            }
            return out;
        } else if (e instanceof Expr.Lambda l) {
            return new Values.LambdaVal(l, env);
        } else if (e instanceof Expr.Aggregate a) {
            return Aggregates.eval(this, a, env);
        }
        throw new EvalFailure("cannot evaluate " + e.getClass().getSimpleName());
    }

    static BigFraction exactDecimal(java.math.BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        return scale >= 0 ? new BigFraction(unscaled, BigInteger.TEN.pow(scale))
                : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }

    private Object variable(String name, Env env) {
        Object v = env.lookup(name);
        if (v != null) {
            if (v instanceof Values.FnVal f && env.outcome() != null) {
                return backend.num(f.values()[outcomeIndex(env, f.values().length)]);
            }
            return v;
        }
        LetDecl let = lets.get(name);
        if (let != null && let.isConstant()) {
            return eval(let.body(), Env.root());
        }
        switch (name) {
            case "inf":
                return backend.num(Double.POSITIVE_INFINITY);
            case "pi":
                return backend.pi();
            case "e":
                return backend.apply("exp", backend.num(1.0));
            case "r":
                if (env.outcome() != null) {
                    return backend.outcomeReward(env.outcome());
                }
                throw new EvalFailure("r is only defined inside E(p, X)");
            default:
                return new Values.Sym(name);
        }
    }

    int outcomeIndex(Env env, int alphabet) {
        Env.Outcome o = env.outcome();
        if (backend.isLaw(o.law()) && backend.size(castLaw(o.law())) != alphabet) {
            throw new EvalFailure("a function on the alphabet used with a law on another alphabet");
        }
        return o.index();
    }

    private Object binary(Expr.Binary b, Env env) {
        switch (b.op()) {
            case AND: {
                Truth l = truth(eval(b.left(), env), b.left());
                if (l.truth() == Tri.FALSE) {
                    return l;
                }
                return Logic.and(l, truth(eval(b.right(), env), b.right()));
            }
            case OR: {
                Truth l = truth(eval(b.left(), env), b.left());
                if (l.truth() == Tri.TRUE) {
                    return l;
                }
                return Logic.or(l, truth(eval(b.right(), env), b.right()));
            }
            case IMPLIES: {
                Truth l = truth(eval(b.left(), env), b.left());
                if (l.truth() == Tri.FALSE) {
                    return Truth.of(Tri.TRUE, Double.POSITIVE_INFINITY);
                }
                return Logic.implies(l, truth(eval(b.right(), env), b.right()));
            }
            default: {
                Object left = eval(b.left(), env);
                if (b.op() == org.infobound.lang.ast.BinaryOp.SUB && backend.certified()) {
                    Object tail = upperTail(left, b.right(), env);
                    if (tail != null) {
                        return tail;
                    }
                }
                return arithmetic(b.op(), left, eval(b.right(), env));
            }
        }
    }

    /**
     * {@code 1 - cdf(p, x)} of a family law with double parameters as the backend's upper tail
     * {@code P(X > x)} (the same number; certified: its own enclosure, where {@code 1 - [F]}
     * loses every digit below 1e-16), or null: another expression, or no such route.
     */
    private Object upperTail(Object left, Expr right, Env env) {
        BigFraction one = exact(left);
        if (one == null || !one.equals(BigFraction.ONE) || !(right instanceof Expr.Call c)
                || !c.callee().name().equals("cdf") || c.args().size() != 2 || !c.named().isEmpty()) {
            return null;
        }
        LetDecl let = lets.get("cdf");
        if (let != null && !let.isConstant() || env.lookup("cdf") instanceof Values.LambdaVal) {
            return null; // the name is the user's function here
        }
        Object law = eval(c.args().get(0), env);
        if (!(law instanceof org.infobound.math.line.FamilyLaw f)) {
            return null;
        }
        Object x = eval(c.args().get(1), env);
        if (org.infobound.math.line.ExactLineValues.moment("cdf", f, exact(x)) != null) {
            return null; // an exact rational cdf (uniform, ...): 1 - F stays exact
        }
        return backend.lineSurvival(f, num(x));
    }

    Object arithmetic(org.infobound.lang.ast.BinaryOp op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            Object r = Exact.applyLong(op, x, y);
            if (r != null) {
                return r;
            }
        }
        BigFraction x = exact(a);
        BigFraction y = exact(b);
        if (op == org.infobound.lang.ast.BinaryOp.DIV && y != null && y.signum() == 0) {
            // x / 0 has no value (spec/LANGUAGE.md section 8), on every route
            throw new Undefined("division by zero");
        }
        if (op == org.infobound.lang.ast.BinaryOp.POW && x != null && x.signum() == 0 && y != null && y.signum() < 0) {
            throw new Undefined("0 to a negative power");
        }
        if (x != null && y != null) {
            Object r = Exact.apply(op, x, y, EXACT_POW);
            if (r != null) {
                return r;
            }
            if (op == org.infobound.lang.ast.BinaryOp.POW) {
                // exact base and exponent too large to form exactly: exp(y log x) from the exact x
                N p = backend.powExact(x, y);
                if (p != null) {
                    return p;
                }
            }
        }
        if (op == org.infobound.lang.ast.BinaryOp.POW && y != null && y.isInteger()
                && y.getNumerator().bitLength() < 63) {
            return backend.powInt(num(a), y.longValue());
        }
        N l = num(a);
        N r = num(b);
        switch (op) {
            case ADD:
                return backend.add(l, r);
            case SUB:
                return backend.sub(l, r);
            case MUL:
                return backend.mul(l, r);
            case DIV:
                return backend.div(l, r);
            case POW:
                return backend.pow(l, r);
            default:
                throw new AssertionError(op);
        }
    }

    private Object negate(Object x) {
        if (x instanceof Long l && l != Long.MIN_VALUE) {
            return -l;
        }
        if (x instanceof BigFraction q) {
            return q.negate();
        }
        return backend.neg(num(x));
    }

    private Truth chain(Expr.Chain c, Env env) {
        List<Object> vals = new ArrayList<>();
        for (Expr x : c.operands()) {
            vals.add(eval(x, env));
        }
        Truth acc = null;
        for (int i = 0; i < c.ops().size(); i++) {
            Expr l = c.operands().get(i);
            Expr r = c.operands().get(i + 1);
            String text = balanced(l.span().start(), r.span().end());
            Truth t = relate(vals.get(i), c.ops().get(i), vals.get(i + 1), text);
            acc = acc == null ? t : Logic.and(acc, t);
            if (acc.truth() == Tri.FALSE) {
                return acc;
            }
        }
        return acc;
    }

    private Truth relate(Object a, RelOp op, Object b, String text) {
        BigFraction x = exact(a);
        BigFraction y = exact(b);
        if (x != null && y != null) {
            return Exact.relate(x, op, y, text);
        }
        return backend.relate(num(a), op, num(b), text);
    }

    /**
     * Source text from {@code start} to {@code end}, extended over closing parentheses that the
     * text leaves open (the span of an operand can stop before the {@code )} of a parenthesised
     * sub-expression).
     */
    /** {@link #balanced} by (start, end): the same text at every instance, computed once. */
    private final java.util.concurrent.ConcurrentHashMap<Long, String> balancedTexts =
            new java.util.concurrent.ConcurrentHashMap<>();

    String balanced(int start, int end) {
        Long key = ((long) start << 32) | (end & 0xFFFFFFFFL);
        String t = balancedTexts.get(key);
        if (t == null) {
            t = balancedText(start, end);
            if (balancedTexts.size() < 4096) {
                balancedTexts.put(key, t);
            }
        }
        return t;
    }

    private String balancedText(int start, int end) {
        String all = source.text();
        int depth = 0;
        int min = 0;
        for (int i = start; i < end; i++) {
            char ch = all.charAt(i);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            min = Math.min(min, depth);
        }
        int s = start;
        for (int open = -min; open > 0 && s > 0; ) {
            char ch = all.charAt(--s);
            open -= ch == '(' ? 1 : ch == ')' ? -1 : 0;
        }
        depth -= min;
        int e = end;
        while (depth > 0 && e < all.length()) {
            char ch = all.charAt(e++);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
        }
        return all.substring(s, e).strip();
    }

    Truth truth(Object v, Expr where) {
        if (v instanceof Truth t) {
            return t;
        }
        throw new EvalFailure("expected a formula at " + where.span() + ": " + source.text(where.span()));
    }

    /** The exact rational value of an exact number, or null. */
    static BigFraction exact(Object v) {
        if (v instanceof Long l) {
            return new BigFraction(l);
        }
        return v instanceof BigFraction q ? q : null;
    }

    @SuppressWarnings("unchecked")
    N num(Object v) {
        if (v instanceof Long l) {
            // |l| <= 2^53 is a double exactly
            return Math.abs(l) <= (1L << 53) ? backend.num((double) l) : backend.num(new BigFraction(l));
        }
        if (v instanceof BigFraction q) {
            return backend.num(q);
        }
        if (backend.isNum(v)) {
            return (N) v;
        }
        throw new EvalFailure("expected a number, got " + describe(v));
    }

    @SuppressWarnings("unchecked")
    D castLaw(Object v) {
        if (backend.isLaw(v)) {
            return (D) v;
        }
        throw new EvalFailure("expected a discrete law, got " + describe(v));
    }

    static String describe(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof Values.Sym s) {
            return "the unknown name '" + s.word() + "'";
        }
        return v.getClass().getSimpleName();
    }

    /** An exact integer value, else an evaluation failure naming {@code what}. */
    long backendInteger(Object v, String what) {
        BigFraction q = exact(v);
        if (q == null || !q.isInteger() || q.getNumerator().bitLength() >= 63) {
            throw new EvalFailure(what + " must be an integer");
        }
        return q.longValue();
    }

    /** Evaluates a claim's formula (with where-defs already in env) to a truth. */
    Truth formula(ClaimDecl claim, Env env) {
        return truth(eval(claim.formula(), env), claim.formula());
    }
}
