package org.infobound.engine.batch;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.infobound.engine.eval.FloatRelations;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Binder;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.Ident;
import org.infobound.lang.ast.LetDecl;
import org.infobound.lang.ast.RelOp;
import org.infobound.math.discrete.DiscreteLaw;

/**
 * A claim's float route compiled once into a tree of block nodes that evaluate a block of
 * instances per call over primitive arrays (structure of arrays: one {@code long} or
 * {@code double} column per node, allocated once; scalar loops without allocation). It answers
 * only "the formula holds at instance i in floating point, with margin m[i]", and only where
 * its value is the interpreter's ({@code engine.eval.Evaluator} over {@code FloatBackend}) to the
 * last bit: every instance where anything else happens (a violation, an undefined or non-finite
 * value, a long overflow of the exact integer part, an input of an unexpected kind) is flagged,
 * and the caller evaluates it on the interpreter, which gives it its usual {@code Trial}.
 *
 * <p>What compiles (spec/NUMERICS.md, "Compiled batch float route"): a claim without
 * {@code where} and {@code assuming}, whose formula is one relation {@code a op b}
 * ({@code <=, <, >=, >, ==, !=}) between number expressions built from integer literals, decimal
 * literals (numerator and denominator below 2^62), integer binders ({@code n in a..b}), the
 * constants {@code pi} and {@code e}, constant {@code let}s and calls of {@code let} functions
 * (inlined), {@code + - * /}, unary minus, {@code ^} with an integer-literal exponent,
 * {@code sqrt exp log log2 log1p expm1 abs} and the divergences {@code KL chi2 TV H2 BC JS}
 * between laws built from {@code dist} binders and {@code bon(law, n)} (default ties). Anything
 * else: the claim is not compiled ({@link #compile} returns null) and the search uses the
 * interpreter per instance, as before.
 *
 * <p>The exactness rules are the interpreter's: sub-expressions of integers and literals are
 * exact rationals (here a reduced {@code long} numerator and denominator, flagged on any
 * overflow) and become a double only where they meet a double, rounded once to nearest
 * (one IEEE division of integers below 2^53, which is the correctly rounded quotient, as
 * {@code Rationals.toDouble}); double operations are the same IEEE operations and the same
 * {@code Math} functions in the same order. Laws and divergences call the same
 * {@code math.discrete} routines as the interpreter (per instance: those allocate inside).
 *
 * <p>One route serves one thread (its columns are reused between calls).
 */
public final class BatchRoute {

    /** Largest block evaluated per call. */
    public static final int MAX_BLOCK = 256;
    private static final long TWO53 = 1L << 53;

    private final Ctx ctx;
    private final FloatNode left;
    private final FloatNode right;
    private final RelOp op;
    private final double[] lv = new double[MAX_BLOCK];
    private final double[] rv = new double[MAX_BLOCK];

    private BatchRoute(Ctx ctx, FloatNode left, RelOp op, FloatNode right) {
        this.ctx = ctx;
        this.left = left;
        this.op = op;
        this.right = right;
    }

    /**
     * Whether the search uses compiled routes: yes, unless the system property
     * {@code infobound.batch} is {@code off} (then every instance goes through the interpreter, for
     * comparisons and benchmarks).
     */
    public static boolean compiled() {
        return !"off".equals(System.getProperty("infobound.batch"));
    }

    /**
     * Compiles {@code claim}'s float route, or null when it uses anything the compiler does not
     * support (then the interpreter evaluates every instance).
     *
     * @param lets the file's definitions as the checker resolved them
     */
    public static BatchRoute compile(ClaimDecl claim, Map<String, LetDecl> lets) {
        try {
            if (!claim.defs().isEmpty() || claim.assuming().isPresent()) {
                return null;
            }
            if (!(claim.formula() instanceof Expr.Chain c) || c.ops().size() != 1) {
                return null;
            }
            Ctx ctx = new Ctx();
            Map<String, Object> scope = new HashMap<>();
            for (Binder b : claim.binders()) {
                for (Ident n : b.names()) {
                    if (b.domain() instanceof Domain.IntRange) {
                        scope.put(n.name(), new IntVar(ctx, ctx.intNames.size()));
                        ctx.intNames.add(n.name());
                    } else if (b.domain() instanceof Domain.DistDomain) {
                        scope.put(n.name(), new LawVar(ctx.lawNames.size()));
                        ctx.lawNames.add(n.name());
                    } else {
                        return null;
                    }
                }
            }
            Compiler k = new Compiler(lets);
            Object l = k.expr(c.operands().get(0), scope, 0);
            Object r = k.expr(c.operands().get(1), scope, 0);
            if (l instanceof ExactNode && r instanceof ExactNode) {
                return null; // an exact relation: the interpreter decides it exactly
            }
            FloatNode fl = k.asFloat(l);
            FloatNode fr = k.asFloat(r);
            if (fl == null || fr == null) {
                return null;
            }
            ctx.ints = new long[ctx.intNames.size()][MAX_BLOCK];
            ctx.laws = new DiscreteLaw[ctx.lawNames.size()][MAX_BLOCK];
            ctx.probs = new double[ctx.lawNames.size()][MAX_BLOCK][];
            ctx.lawsBuilt = new boolean[ctx.lawNames.size()];
            return new BatchRoute(ctx, fl, c.ops().get(0), fr);
        } catch (Unsupported u) {
            return null;
        }
    }

    /**
     * Evaluates {@code xs[0..n)} ({@code n <= MAX_BLOCK}): {@code holds[i]} true means the
     * formula holds at {@code xs[i]} in floating point with margin {@code margin[i]}, exactly as
     * the interpreter would report it; false means the caller must evaluate {@code xs[i]} on the
     * interpreter (violated, undefined, non-finite, overflow, or anything unusual).
     */
    public void evaluate(Instance[] xs, int n, double[] margin, boolean[] holds) {
        if (n > MAX_BLOCK) {
            throw new IllegalArgumentException("block of " + n + " > " + MAX_BLOCK);
        }
        boolean[] bad = ctx.bad;
        java.util.Arrays.fill(bad, 0, n, false);
        ctx.load(xs, n);
        left.run(ctx, n, lv);
        right.run(ctx, n, rv);
        for (int i = 0; i < n; i++) {
            double a = lv[i];
            double b = rv[i];
            // the interpreter's relation (FloatRelations); HOLDS only is reported here
            boolean h = FloatRelations.holds(a, op, b);
            double m = FloatRelations.margin(a, op, b);
            holds[i] = h && !bad[i];
            margin[i] = m;
        }
        for (DiscreteLaw[] col : ctx.laws) {
            java.util.Arrays.fill(col, 0, n, null);
        }
        for (double[][] col : ctx.probs) {
            java.util.Arrays.fill(col, 0, n, null);
        }
        java.util.Arrays.fill(ctx.rewards, 0, n, null);
    }

    /**
     * Per-call state: the block's input columns and the per-instance fallback flags. A dist
     * binder's column holds each instance's probabilities (the vector's doubles, as
     * {@code FloatBackend.law} takes them) and the instance's rewards; the {@code DiscreteLaw}s
     * are built from them only for nodes that need law objects ({@link #laws}), not for the
     * fused {@code KL(bon(p, n) || p)} ({@link KlBon}).
     */
    static final class Ctx {
        final List<String> intNames = new ArrayList<>();
        final List<String> lawNames = new ArrayList<>();
        long[][] ints;
        DiscreteLaw[][] laws;
        /** Whether {@link #laws} holds this block's laws of a dist binder yet. */
        boolean[] lawsBuilt;
        /** Per dist binder and instance: the probabilities, null where the input is no dist. */
        double[][][] probs;
        /** Per instance: its rewards. */
        final double[][] rewards = new double[MAX_BLOCK][];
        final boolean[] bad = new boolean[MAX_BLOCK];

        /**
         * The laws of dist binder {@code v} for this block, built once per block as the
         * interpreter builds them ({@code FloatBackend.law}: {@code DiscreteLaw.categorical} of
         * the vector's doubles and the rewards); an instance whose law cannot be built is flagged
         * (the interpreter's fallback route, exact probabilities), and its law is null.
         */
        DiscreteLaw[] laws(int v, int n) {
            DiscreteLaw[] col = laws[v];
            if (lawsBuilt[v]) {
                return col;
            }
            double[][] ps = probs[v];
            for (int i = 0; i < n; i++) {
                DiscreteLaw law = null;
                if (ps[i] != null) {
                    try {
                        law = DiscreteLaw.categorical(ps[i], rewards[i]);
                    } catch (IllegalArgumentException e) {
                        law = null;
                    }
                }
                col[i] = law;
                if (law == null) {
                    bad[i] = true;
                }
            }
            lawsBuilt[v] = true;
            return col;
        }

        void load(Instance[] xs, int n) {
            java.util.Arrays.fill(lawsBuilt, false);
            for (int i = 0; i < n; i++) {
                Instance x = xs[i];
                for (int v = 0; v < intNames.size(); v++) {
                    Input in = x.get(intNames.get(v));
                    // the interpreter holds integers of at most 62 bits as longs (IntInput.exact)
                    if (in instanceof Input.IntInput ii && ii.value().bitLength() < 63) {
                        ints[v][i] = ii.value().longValue();
                    } else {
                        ints[v][i] = 0;
                        bad[i] = true;
                    }
                }
                if (!lawNames.isEmpty()) {
                    // the instance's own arrays, read only: klOfBonCategorical never writes its
                    // arguments, and DiscreteLaw.categorical (laws) copies both
                    rewards[i] = x.rewardsShared();
                    for (int v = 0; v < lawNames.size(); v++) {
                        Input in = x.get(lawNames.get(v));
                        // FloatBackend.law(DistInput, rewards): the doubles of the vector
                        double[] p = in instanceof Input.DistInput d ? d.approxShared() : null;
                        probs[v][i] = p;
                        if (p == null) {
                            bad[i] = true;
                        }
                    }
                }
            }
        }
    }

    /** Thrown while compiling: the claim uses something the compiler does not support. */
    private static final class Unsupported extends RuntimeException {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    // ---------------------------------------------------------------- nodes

    /** A node whose value is a double at every instance of the block. */
    abstract static class FloatNode {
        final double[] out = new double[MAX_BLOCK];

        /** Fills {@code dst[0..n)}; sets {@code ctx.bad[i]} where the value is not the interpreter's. */
        abstract void run(Ctx ctx, int n, double[] dst);
    }

    /**
     * A node whose value is an exact rational at every instance: {@code num[i] / den[i]}, reduced,
     * {@code den[i] > 0}; {@code ctx.bad[i]} on overflow or division by zero.
     */
    abstract static class ExactNode {
        final long[] num = new long[MAX_BLOCK];
        final long[] den = new long[MAX_BLOCK];

        abstract void run(Ctx ctx, int n);
    }

    /** A node whose value is a discrete law per instance (null where bad). */
    abstract static class LawNode {
        final DiscreteLaw[] out = new DiscreteLaw[MAX_BLOCK];

        abstract void run(Ctx ctx, int n);
    }

    static final class IntVar extends ExactNode {
        private final int col;

        IntVar(Ctx ctx, int col) {
            this.col = col;
        }

        @Override
        void run(Ctx ctx, int n) {
            long[] c = ctx.ints[col];
            for (int i = 0; i < n; i++) {
                num[i] = c[i];
                den[i] = 1;
            }
        }
    }

    static final class ExactConst extends ExactNode {
        private final long p;
        private final long q;

        ExactConst(long p, long q) {
            this.p = p;
            this.q = q;
        }

        @Override
        void run(Ctx ctx, int n) {
            for (int i = 0; i < n; i++) {
                num[i] = p;
                den[i] = q;
            }
        }
    }

    static final class ExactBin extends ExactNode {
        private final BinaryOp op;
        private final ExactNode a;
        private final ExactNode b;

        ExactBin(BinaryOp op, ExactNode a, ExactNode b) {
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        void run(Ctx ctx, int n) {
            a.run(ctx, n);
            b.run(ctx, n);
            boolean[] bad = ctx.bad;
            for (int i = 0; i < n; i++) {
                if (bad[i]) {
                    num[i] = 0;
                    den[i] = 1;
                    continue;
                }
                long p1 = a.num[i];
                long q1 = a.den[i];
                long p2 = b.num[i];
                long q2 = b.den[i];
                try {
                    long p;
                    long q;
                    switch (op) {
                        case ADD:
                            p = Math.addExact(Math.multiplyExact(p1, q2), Math.multiplyExact(p2, q1));
                            q = Math.multiplyExact(q1, q2);
                            break;
                        case SUB:
                            p = Math.subtractExact(Math.multiplyExact(p1, q2), Math.multiplyExact(p2, q1));
                            q = Math.multiplyExact(q1, q2);
                            break;
                        case MUL:
                            p = Math.multiplyExact(p1, p2);
                            q = Math.multiplyExact(q1, q2);
                            break;
                        case DIV:
                            if (p2 == 0) {
                                throw new ArithmeticException("division by zero"); // Undefined on the interpreter
                            }
                            p = Math.multiplyExact(p1, q2);
                            q = Math.multiplyExact(q1, p2);
                            if (q < 0) {
                                p = Math.negateExact(p);
                                q = Math.negateExact(q);
                            }
                            break;
                        default:
                            throw new AssertionError(op);
                    }
                    long g = gcd(Math.abs(p), q);
                    num[i] = p / g;
                    den[i] = q / g;
                } catch (ArithmeticException e) {
                    bad[i] = true;
                    num[i] = 0;
                    den[i] = 1;
                }
            }
        }
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    static final class ExactNeg extends ExactNode {
        private final ExactNode a;

        ExactNeg(ExactNode a) {
            this.a = a;
        }

        @Override
        void run(Ctx ctx, int n) {
            a.run(ctx, n);
            for (int i = 0; i < n; i++) {
                if (a.num[i] == Long.MIN_VALUE) {
                    ctx.bad[i] = true;
                    num[i] = 0;
                } else {
                    num[i] = -a.num[i];
                }
                den[i] = a.den[i];
            }
        }
    }

    /** An exact rational to an integer-literal power {@code 0 <= k <= 62}, exactly. */
    static final class ExactPow extends ExactNode {
        private final ExactNode a;
        private final int k;

        ExactPow(ExactNode a, int k) {
            this.a = a;
            this.k = k;
        }

        @Override
        void run(Ctx ctx, int n) {
            a.run(ctx, n);
            for (int i = 0; i < n; i++) {
                long p = 1;
                long q = 1;
                try {
                    for (int j = 0; j < k; j++) {
                        p = Math.multiplyExact(p, a.num[i]);
                        q = Math.multiplyExact(q, a.den[i]);
                    }
                } catch (ArithmeticException e) {
                    ctx.bad[i] = true;
                    p = 0;
                    q = 1;
                }
                num[i] = p;
                den[i] = q;
            }
        }
    }

    /** An exact rational rounded to the nearest double, as {@code Rationals.toDouble}. */
    static final class ToDouble extends FloatNode {
        private final ExactNode a;

        ToDouble(ExactNode a) {
            this.a = a;
        }

        @Override
        void run(Ctx ctx, int n, double[] dst) {
            a.run(ctx, n);
            for (int i = 0; i < n; i++) {
                long p = a.num[i];
                long q = a.den[i];
                if (p > TWO53 || p < -TWO53 || q > TWO53) {
                    // beyond the exactly representable integers one IEEE division is not the
                    // correctly rounded quotient: the interpreter's general path decides
                    ctx.bad[i] = true;
                }
                dst[i] = p == 0 ? 0.0 : (double) p / (double) q;
            }
        }
    }

    static final class FloatConst extends FloatNode {
        private final double v;

        FloatConst(double v) {
            this.v = v;
        }

        @Override
        void run(Ctx ctx, int n, double[] dst) {
            java.util.Arrays.fill(dst, 0, n, v);
        }
    }

    /** {@code a op b} in doubles (FloatBackend.add/sub/mul/div); non-finite results are flagged. */
    static final class FloatBin extends FloatNode {
        private final BinaryOp op;
        private final FloatNode a;
        private final FloatNode b;

        FloatBin(BinaryOp op, FloatNode a, FloatNode b) {
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        void run(Ctx ctx, int n, double[] dst) {
            double[] x = a.out;
            double[] y = b.out;
            a.run(ctx, n, x);
            b.run(ctx, n, y);
            switch (op) {
                case ADD:
                    for (int i = 0; i < n; i++) {
                        dst[i] = x[i] + y[i];
                    }
                    break;
                case SUB:
                    for (int i = 0; i < n; i++) {
                        dst[i] = x[i] - y[i];
                    }
                    break;
                case MUL:
                    for (int i = 0; i < n; i++) {
                        dst[i] = x[i] * y[i];
                    }
                    break;
                case DIV:
                    for (int i = 0; i < n; i++) {
                        dst[i] = x[i] / y[i];
                    }
                    break;
                default:
                    throw new AssertionError(op);
            }
            flagNonFinite(ctx, n, dst);
            if (op == BinaryOp.DIV) {
                for (int i = 0; i < n; i++) {
                    if (y[i] == 0) {
                        ctx.bad[i] = true; // Undefined on the interpreter
                    }
                }
            }
        }
    }

    static void flagNonFinite(Ctx ctx, int n, double[] v) {
        boolean[] bad = ctx.bad;
        for (int i = 0; i < n; i++) {
            // NaN (Undefined) and infinities (OutOfRange, or extended reals): the interpreter
            bad[i] |= !(Math.abs(v[i]) <= Double.MAX_VALUE);
        }
    }

    static final class FloatNeg extends FloatNode {
        private final FloatNode a;

        FloatNeg(FloatNode a) {
            this.a = a;
        }

        @Override
        void run(Ctx ctx, int n, double[] dst) {
            a.run(ctx, n, a.out);
            for (int i = 0; i < n; i++) {
                dst[i] = -a.out[i];
            }
        }
    }

    /** {@code a ^ k}, integer literal k, double a: FloatBackend.powInt. */
    static final class FloatPowInt extends FloatNode {
        private final FloatNode a;
        private final long k;

        FloatPowInt(FloatNode a, long k) {
            this.a = a;
            this.k = k;
        }

        @Override
        void run(Ctx ctx, int n, double[] dst) {
            a.run(ctx, n, a.out);
            for (int i = 0; i < n; i++) {
                double x = a.out[i];
                if (x == 0 && k < 0) {
                    ctx.bad[i] = true;
                }
                dst[i] = Math.pow(x, (double) k);
            }
            flagNonFinite(ctx, n, dst);
        }
    }

    /** The unary functions of FloatBackend.apply, with the same Math calls. */
    static final class FloatFn extends FloatNode {
        private final String fn;
        private final FloatNode a;

        FloatFn(String fn, FloatNode a) {
            this.fn = fn;
            this.a = a;
        }

        @Override
        void run(Ctx ctx, int n, double[] dst) {
            double[] x = a.out;
            a.run(ctx, n, x);
            switch (fn) {
                case "sqrt":
                    for (int i = 0; i < n; i++) {
                        dst[i] = Math.sqrt(x[i]);
                    }
                    break;
                case "exp":
                    for (int i = 0; i < n; i++) {
                        dst[i] = Math.exp(x[i]);
                    }
                    break;
                case "log":
                    for (int i = 0; i < n; i++) {
                        dst[i] = Math.log(x[i]);
                    }
                    break;
                case "log2":
                    for (int i = 0; i < n; i++) {
                        dst[i] = Math.log(x[i]) / Math.log(2);
                    }
                    break;
                case "log1p":
                    for (int i = 0; i < n; i++) {
                        dst[i] = Math.log1p(x[i]);
                    }
                    break;
                case "expm1":
                    for (int i = 0; i < n; i++) {
                        dst[i] = Math.expm1(x[i]);
                    }
                    break;
                case "abs":
                    for (int i = 0; i < n; i++) {
                        dst[i] = Math.abs(x[i]);
                    }
                    break;
                default:
                    throw new AssertionError(fn);
            }
            flagNonFinite(ctx, n, dst);
        }
    }

    static final class LawVar extends LawNode {
        private final int col;

        LawVar(int col) {
            this.col = col;
        }

        @Override
        void run(Ctx ctx, int n) {
            System.arraycopy(ctx.laws(col, n), 0, out, 0, n);
        }
    }

    /** {@code bon(law, n)} with the default ties (BestOfN.bon, as FloatBackend.bon). */
    static final class Bon extends LawNode {
        private final LawNode p;
        private final ExactNode count;

        Bon(LawNode p, ExactNode count) {
            this.p = p;
            this.count = count;
        }

        @Override
        void run(Ctx ctx, int n) {
            p.run(ctx, n);
            count.run(ctx, n);
            for (int i = 0; i < n; i++) {
                out[i] = null;
                // Laws.bon: an integer n >= 1 (anything else is the interpreter's failure)
                if (ctx.bad[i] || p.out[i] == null || count.den[i] != 1 || count.num[i] < 1) {
                    ctx.bad[i] = true;
                    continue;
                }
                try {
                    out[i] = org.infobound.math.discrete.BestOfN.bon(p.out[i], count.num[i],
                            org.infobound.math.discrete.Ties.UNIFORM);
                } catch (IllegalArgumentException e) {
                    ctx.bad[i] = true;
                }
            }
        }
    }

    /** A divergence between two laws (FloatDiscrete.divergence: the same Divergences routines). */
    static final class Divergence extends FloatNode {
        private final String name;
        private final LawNode p;
        private final LawNode q;

        Divergence(String name, LawNode p, LawNode q) {
            this.name = name;
            this.p = p;
            this.q = q;
        }

        @Override
        void run(Ctx ctx, int n, double[] dst) {
            p.run(ctx, n);
            q.run(ctx, n);
            for (int i = 0; i < n; i++) {
                DiscreteLaw a = p.out[i];
                DiscreteLaw b = q.out[i];
                if (ctx.bad[i] || a == null || b == null) {
                    ctx.bad[i] = true;
                    dst[i] = 0;
                    continue;
                }
                try {
                    dst[i] = switch (name) {
                        case "KL" -> org.infobound.math.discrete.Divergences.kl(a, b);
                        case "chi2" -> org.infobound.math.discrete.Divergences.chi2(a, b);
                        case "TV" -> org.infobound.math.discrete.Divergences.tv(a, b);
                        case "H2" -> org.infobound.math.discrete.Divergences.hellinger2(a, b);
                        case "BC" -> org.infobound.math.discrete.Divergences.bc(a, b);
                        case "JS" -> org.infobound.math.discrete.Divergences.js(a, b);
                        default -> throw new AssertionError(name);
                    };
                } catch (IllegalArgumentException e) {
                    ctx.bad[i] = true;
                    dst[i] = 0;
                }
            }
            flagNonFinite(ctx, n, dst);
            // the laws of this block are not needed after the divergence
            java.util.Arrays.fill(p.out, 0, n, null);
            java.util.Arrays.fill(q.out, 0, n, null);
        }
    }

    /**
     * {@code KL(bon(p, n) || p)} for a dist binder p with the default ties: the interpreter's
     * {@code Divergences.kl(BestOfN.bon(P, n, UNIFORM), P)} with {@code P = DiscreteLaw.categorical}
     * of the vector's doubles and the rewards, computed by {@code BestOfN.klOfBonCategorical} (the
     * same code on the same arrays, to the last bit, without the law objects); flagged where the
     * law or bon cannot be built (as {@link Bon} and {@link Divergence} flag them).
     */
    static final class KlBon extends FloatNode {
        private final int col;
        private final ExactNode count;

        KlBon(int col, ExactNode count) {
            this.col = col;
            this.count = count;
        }

        @Override
        void run(Ctx ctx, int n, double[] dst) {
            count.run(ctx, n);
            double[][] ps = ctx.probs[col];
            for (int i = 0; i < n; i++) {
                // Laws.bon: an integer n >= 1 (anything else is the interpreter's failure)
                if (ctx.bad[i] || ps[i] == null || count.den[i] != 1 || count.num[i] < 1) {
                    ctx.bad[i] = true;
                    dst[i] = 0;
                    continue;
                }
                try {
                    dst[i] = org.infobound.math.discrete.BestOfN.klOfBonCategorical(ps[i], ctx.rewards[i], count.num[i]);
                } catch (IllegalArgumentException e) {
                    ctx.bad[i] = true;
                    dst[i] = 0;
                }
            }
            flagNonFinite(ctx, n, dst);
        }
    }

    // ---------------------------------------------------------------- compiler

    private static final java.util.Set<String> UNARY = java.util.Set.of("sqrt", "exp", "log", "log2", "log1p",
            "expm1", "abs");
    private static final java.util.Set<String> DIVERGENCES = java.util.Set.of("KL", "chi2", "TV", "H2", "BC", "JS");
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(62);

    /** Static typing of the interpreter's values: ExactNode, FloatNode or LawNode. */
    private static final class Compiler {
        private final Map<String, LetDecl> lets;

        Compiler(Map<String, LetDecl> lets) {
            this.lets = lets;
        }

        FloatNode asFloat(Object v) {
            if (v instanceof FloatNode f) {
                return f;
            }
            if (v instanceof ExactNode e) {
                return new ToDouble(e);
            }
            return null;
        }

        private FloatNode floatOf(Object v) {
            FloatNode f = asFloat(v);
            if (f == null) {
                throw new Unsupported("expected a number");
            }
            return f;
        }

        Object expr(Expr e, Map<String, Object> scope, int depth) {
            if (depth > 64) {
                throw new Unsupported("too deep");
            }
            if (e instanceof Expr.IntLit i) {
                if (i.value().abs().compareTo(LIMIT) >= 0) {
                    throw new Unsupported("large literal");
                }
                return new ExactConst(i.value().longValue(), 1);
            }
            if (e instanceof Expr.RealLit r) {
                java.math.BigDecimal d = r.value();
                BigInteger p = d.unscaledValue();
                BigInteger q = BigInteger.ONE;
                if (d.scale() >= 0) {
                    q = BigInteger.TEN.pow(d.scale());
                } else {
                    p = p.multiply(BigInteger.TEN.pow(-d.scale()));
                }
                BigInteger g = p.gcd(q);
                p = p.divide(g);
                q = q.divide(g);
                if (p.abs().compareTo(LIMIT) >= 0 || q.compareTo(LIMIT) >= 0) {
                    throw new Unsupported("large literal");
                }
                return new ExactConst(p.longValue(), q.longValue());
            }
            if (e instanceof Expr.Var v) {
                Object bound = scope.get(v.name());
                if (bound != null) {
                    return bound;
                }
                LetDecl let = lets.get(v.name());
                if (let != null && let.isConstant()) {
                    return expr(let.body(), new HashMap<>(), depth + 1);
                }
                switch (v.name()) {
                    case "pi":
                        return new FloatConst(Math.PI);
                    case "e":
                        return new FloatConst(Math.exp(1.0));
                    default:
                        throw new Unsupported("name " + v.name());
                }
            }
            if (e instanceof Expr.Unary u && u.op() == org.infobound.lang.ast.UnaryOp.NEG) {
                Object x = expr(u.operand(), scope, depth + 1);
                if (x instanceof ExactNode en) {
                    return new ExactNeg(en);
                }
                return new FloatNeg(floatOf(x));
            }
            if (e instanceof Expr.Binary b) {
                switch (b.op()) {
                    case ADD:
                    case SUB:
                    case MUL:
                    case DIV: {
                        Object x = expr(b.left(), scope, depth + 1);
                        Object y = expr(b.right(), scope, depth + 1);
                        if (x instanceof ExactNode ex && y instanceof ExactNode ey) {
                            return new ExactBin(b.op(), ex, ey);
                        }
                        return new FloatBin(b.op(), floatOf(x), floatOf(y));
                    }
                    case POW: {
                        if (!(b.right() instanceof Expr.IntLit k) || k.value().bitLength() > 31) {
                            throw new Unsupported("power");
                        }
                        int kk = k.value().intValueExact();
                        Object x = expr(b.left(), scope, depth + 1);
                        if (x instanceof ExactNode ex) {
                            if (kk < 0 || kk > 62) {
                                throw new Unsupported("exact power");
                            }
                            return new ExactPow(ex, kk);
                        }
                        return new FloatPowInt(floatOf(x), kk);
                    }
                    default:
                        throw new Unsupported("operator " + b.op());
                }
            }
            if (e instanceof Expr.Call c) {
                if (!c.named().isEmpty() || scope.containsKey(c.name())) {
                    throw new Unsupported("call form");
                }
                LetDecl let = lets.get(c.name());
                if (let != null && !let.isConstant()) {
                    if (let.params().size() != c.args().size()) {
                        throw new Unsupported("let arity");
                    }
                    // Builtins.callLet: the arguments evaluated in the caller's scope, the body in
                    // a scope of the parameters only
                    Map<String, Object> inner = new HashMap<>();
                    for (int i = 0; i < c.args().size(); i++) {
                        Object a = expr(c.args().get(i), scope, depth + 1);
                        if (!(a instanceof ExactNode) && !(a instanceof FloatNode) && !(a instanceof LawNode)) {
                            throw new Unsupported("let argument");
                        }
                        inner.put(let.params().get(i).name(), a);
                    }
                    return expr(let.body(), inner, depth + 1);
                }
                if (let != null) {
                    throw new Unsupported("constant called");
                }
                if (UNARY.contains(c.name()) && c.args().size() == 1) {
                    Object x = expr(c.args().get(0), scope, depth + 1);
                    if (x instanceof ExactNode && c.name().equals("abs")) {
                        throw new Unsupported("exact abs"); // stays exact on the interpreter
                    }
                    return new FloatFn(c.name(), floatOf(x));
                }
                if (DIVERGENCES.contains(c.name()) && c.args().size() == 2) {
                    LawNode a = law(c.args().get(0), scope, depth + 1);
                    LawNode b = law(c.args().get(1), scope, depth + 1);
                    if (c.name().equals("KL") && a instanceof Bon bon && bon.p instanceof LawVar v && b == v) {
                        return new KlBon(v.col, bon.count); // KL(bon(p, n) || p), fused
                    }
                    return new Divergence(c.name(), a, b);
                }
                throw new Unsupported("function " + c.name());
            }
            throw new Unsupported(e.getClass().getSimpleName());
        }

        private LawNode law(Expr e, Map<String, Object> scope, int depth) {
            if (e instanceof Expr.Call c && c.name().equals("bon") && c.named().isEmpty() && c.args().size() == 2
                    && !lets.containsKey("bon") && !scope.containsKey("bon")) {
                LawNode p = law(c.args().get(0), scope, depth + 1);
                Object n = expr(c.args().get(1), scope, depth + 1);
                if (!(n instanceof ExactNode en)) {
                    throw new Unsupported("bon n");
                }
                return new Bon(p, en);
            }
            Object v = e instanceof Expr.Var ? expr(e, scope, depth + 1) : null;
            if (v instanceof LawNode l) {
                return l;
            }
            throw new Unsupported("law");
        }
    }
}
