package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.infobound.engine.batch.BatchRoute;
import org.infobound.engine.eval.ClaimEvaluator;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;
import org.infobound.engine.falsify.Trial;
import org.infobound.lang.ast.Binder;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Ident;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The compiled batch float route (spec/NUMERICS.md, "Compiled batch float route") against the
 * interpreter: at every instance where the route says "holds with margin m", the interpreter's
 * float trial is HOLDS with the same margin to the last bit; every trial the search receives
 * through {@code evaluateBlock} equals the one-at-a-time trial; and the search's verdicts are the
 * same with and without the compiled route.
 */
class BatchRouteTest {

    /** One claim per compiled node (and their mixes), each with cases where it holds and fails. */
    private static final String CLAIMS = String.join("\n",
            "let klbon(n) = log(n) - (n - 1) / n",
            "let half = 1 / 2",
            "let sq(x) = x * x",
            "claim bon forall n in 1..1000, p in dist(2..20): KL(bon(p, n) || p) <= klbon(n)",
            "claim bon_eq forall n in 1..64, p in dist(2..10): KL(bon(p, n) || p) == klbon(n)",
            "claim divs forall p, q in dist(1..8): TV(p, q) + H2(p, q) + BC(p, q) + JS(p, q) >= chi2(p, q) / 9 - 1",
            "claim pinsker forall p, q in dist(2..6): TV(p, q) <= sqrt(KL(p || q) / 2)",
            "claim elementary forall n, m in -30..30: exp(n / 7) - log1p(m ^ 2) + expm1(-n / 5) * abs(log1p(m ^ 2) - 1.5) >= -half * pi * e - 40",
            "claim exact_mix forall n, m in -3000000000..3000000000: (n - 1) / (m + 2) + 0.1 > log2(sq(n) + 1) - 33",
            "claim powers forall n in -50..50: (n / 3) ^ 3 - sqrt(n ^ 2 + 1) ^ 3 + 2 ^ 2 < (-n) ^ 2 * 40",
            "claim huge forall n in 1..9223372036854775807: log(n) - n / 3 <= 1",
            "claim ne forall n in 0..5, p in dist(1..4): KL(p || p) != n / 4",
            "claim gt forall n in 1..9: log(n) - 1 / n > -1");

    private static ParseResult parsed() {
        ParseResult r = Parser.parse(SourceFile.of("batch.claims", CLAIMS));
        assertTrue(!r.hasErrors(), r.diagnostics().toString());
        return r;
    }

    @Test
    void compiledMarginsAreTheInterpretersBitForBit() {
        ParseResult r = parsed();
        SourceFile src = SourceFile.of("batch.claims", CLAIMS);
        SplittableRandom rnd = new SplittableRandom(20261206);
        for (ClaimDecl c : r.file().claims()) {
            ClaimEvaluator ce = new ClaimEvaluator(src, r.file(), c);
            BatchRoute route = BatchRoute.compile(c, ce.lets());
            assertNotNull(route, c.name().name() + " compiles");
            ClaimProperty prop = new ClaimProperty(ce);
            int compiled = 0;
            int interpreterHolds = 0;
            for (int round = 0; round < 10; round++) {
                int n = 1 + rnd.nextInt(BatchRoute.MAX_BLOCK);
                Instance[] xs = new Instance[n];
                for (int i = 0; i < n; i++) {
                    xs[i] = instance(c, rnd);
                }
                double[] margin = new double[n];
                boolean[] holds = new boolean[n];
                route.evaluate(xs, n, margin, holds);
                Trial[] block = new Trial[n];
                prop.evaluateBlock(xs, n, block);
                for (int i = 0; i < n; i++) {
                    Trial one = prop.evaluate(xs[i]);
                    assertEquals(one, block[i], c.name().name() + " at " + xs[i].render());
                    if (one.status() == Trial.Status.HOLDS) {
                        interpreterHolds++;
                    }
                    if (holds[i]) {
                        compiled++;
                        assertEquals(Trial.Status.HOLDS, one.status(), c.name().name() + " at " + xs[i].render());
                        assertEquals(Double.doubleToRawLongBits(one.margin()), Double.doubleToRawLongBits(margin[i]),
                                c.name().name() + " at " + xs[i].render() + ": " + one.margin() + " vs " + margin[i]);
                    }
                }
            }
            // the route answers most holding instances itself (else it would be a pass-through)
            assertTrue(compiled * 3 >= interpreterHolds && compiled > 0,
                    c.name().name() + ": compiled " + compiled + " of " + interpreterHolds + " holding instances");
        }
    }

    @Test
    void marginsAgreeWithIndependentDoubles() {
        ParseResult r = parsed();
        SourceFile src = SourceFile.of("batch.claims", CLAIMS);
        ClaimDecl gt = r.file().claims().stream().filter(c -> c.name().name().equals("gt")).findFirst().orElseThrow();
        BatchRoute route = BatchRoute.compile(gt, new ClaimEvaluator(src, r.file(), gt).lets());
        Map<String, Input> in = new LinkedHashMap<>();
        in.put("n", new Input.IntInput(3));
        double[] m = new double[1];
        boolean[] h = new boolean[1];
        route.evaluate(new Instance[] {new Instance(new double[0], in)}, 1, m, h);
        assertTrue(h[0]);
        // the margin of a > b is a - b = log(3) - 1/3 + 1 = 1.76527895533477635806... (mpmath, 30 digits)
        assertEquals(1.7652789553347764, m[0], 4e-16);
    }

    @Test
    void unsupportedClaimsAreNotCompiled() {
        String text = String.join("\n",
                "claim a forall x in [0, 1]: x <= 1",
                "claim b forall n in 1..5 where m = n + 1: log(m) <= m",
                "claim c forall n in 1..5 assuming n > 2: log(n) <= n",
                "claim d forall n in 1..5: log(n) <= n and n >= 1",
                "claim e forall n in 1..5: n <= 6",
                "claim f forall p in dist(2..3), n in 1..4: KL(bon(p, n, ties = index) || p) <= log(n)");
        SourceFile src = SourceFile.of("u.claims", text);
        ParseResult r = Parser.parse(src);
        assertTrue(!r.hasErrors(), r.diagnostics().toString());
        for (ClaimDecl c : r.file().claims()) {
            assertNull(BatchRoute.compile(c, new ClaimEvaluator(src, r.file(), c).lets()), c.name().name());
        }
    }

    @Test
    void verdictsAreTheSameWithAndWithoutTheCompiledRoute() {
        String text = String.join("\n",
                "let klbon(n) = log(n) - (n - 1) / n",
                "claim bound forall n in 1..1000, p in dist(2..20): KL(bon(p, n) || p) <= klbon(n)",
                "claim equality forall n in 1..64, p in dist(2..10): KL(bon(p, n) || p) == klbon(n)",
                "claim tight forall n in 1..1000, p in dist(2..20): KL(bon(p, n) || p) <= klbon(n) - 1 / 1000000",
                "claim pinsker forall p, q in dist(2..6): TV(p, q) <= sqrt(KL(p || q) / 2)");
        for (long tries : new long[] {300, 20000}) {
            List<ClaimResult> on = RunTestSupport.decideAll(text, new Settings(3, tries, 0, 2, 2000, false));
            String off;
            String prev = System.getProperty("infobound.batch");
            System.setProperty("infobound.batch", "off");
            try {
                off = RunTestSupport.decideAll(text, new Settings(3, tries, 0, 1, 2000, false)).stream()
                        .map(x -> x.verdict().toString()).toList().toString();
            } finally {
                if (prev == null) {
                    System.clearProperty("infobound.batch");
                } else {
                    System.setProperty("infobound.batch", prev);
                }
            }
            assertEquals(off, on.stream().map(x -> x.verdict().toString()).toList().toString(), "tries " + tries);
        }
    }

    /** A random instance of {@code c}'s binders, hostile ends included (2^53, 2^62, 2^63 - 1). */
    private static Instance instance(ClaimDecl c, SplittableRandom rnd) {
        Map<String, Input> in = new LinkedHashMap<>();
        int k = 0;
        for (Binder b : c.binders()) {
            if (b.domain() instanceof Domain.DistDomain) {
                k = Math.max(k, 1 + rnd.nextInt(20));
            }
        }
        double[] rewards = new double[k];
        for (int i = 0; i < k; i++) {
            rewards[i] = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextDouble() * 10 - 5;
        }
        for (Binder b : c.binders()) {
            for (Ident id : b.names()) {
                if (b.domain() instanceof Domain.DistDomain) {
                    in.put(id.name(), dist(k, rnd));
                } else {
                    in.put(id.name(), new Input.IntInput(integer(c, rnd)));
                }
            }
        }
        return new Instance(rewards, in);
    }

    private static BigInteger integer(ClaimDecl c, SplittableRandom rnd) {
        switch (rnd.nextInt(8)) {
            case 0:
                return BigInteger.valueOf(1 + rnd.nextInt(3));
            case 1:
                return BigInteger.ONE.shiftLeft(53).add(BigInteger.valueOf(rnd.nextInt(5) - 2));
            case 2:
                return BigInteger.ONE.shiftLeft(62).add(BigInteger.valueOf(rnd.nextInt(5) - 2));
            case 3:
                return BigInteger.valueOf(Long.MAX_VALUE - rnd.nextInt(3));
            case 4:
                return BigInteger.valueOf(-1 - rnd.nextInt(1000));
            case 5:
                return BigInteger.valueOf(rnd.nextLong(-3_000_000_000L, 3_000_000_000L));
            default:
                return BigInteger.valueOf(1 + rnd.nextInt(1000));
        }
    }

    private static Input.DistInput dist(int k, SplittableRandom rnd) {
        double[] p = new double[k];
        double s = 0;
        int kind = rnd.nextInt(5);
        for (int i = 0; i < k; i++) {
            p[i] = kind == 0 ? (i == 0 ? 1 : 0) : kind == 1 && i > 0 ? 1e-300 * rnd.nextDouble()
                    : kind == 2 ? 1.0 / k : -Math.log(1 - rnd.nextDouble());
            s += p[i];
        }
        double rest = 1;
        for (int i = 1; i < k; i++) {
            p[i] = p[i] / s;
            rest -= p[i];
        }
        if (rest < 0) {
            for (int i = 1; i < k; i++) {
                p[i] = 0;
            }
            rest = 1;
        }
        p[0] = rest;
        return Input.DistInput.ofDoubles(p, 0);
    }
}
