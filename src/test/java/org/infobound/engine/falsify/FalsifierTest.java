package org.infobound.engine.falsify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;
import org.infobound.engine.verdict.Enclosure;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;

/**
 * The search engine on hand-written properties with exact rational semantics (so the expected
 * counterexamples are known by hand).
 */
class FalsifierTest {

    private static ClaimSpace space(int kMin, int kMax, BinderSpec... b) {
        return new ClaimSpace(List.of(b), kMin, kMax, RewardSpec.free());
    }

    /** "max_i p_i <= 1/2" over dist(2..8): false; any vector with a mass above 1/2 violates it. */
    private static final class PmaxAtMostHalf implements Property {
        int confirmations;

        static BigFraction pmax(Instance x) {
            BigFraction m = BigFraction.ZERO;
            for (BigFraction q : ((Input.DistInput) x.get("p")).probs()) {
                m = q.compareTo(m) > 0 ? q : m;
            }
            return m;
        }

        @Override
        public Trial evaluate(Instance x) {
            double m = pmax(x).doubleValue();
            return m <= 0.5 ? Trial.holds(0.5 - m) : Trial.violated(0.5 - m);
        }

        @Override
        public Confirmation confirm(Instance x) {
            confirmations++;
            BigFraction m = pmax(x);
            if (m.compareTo(BigFraction.ONE_HALF) > 0) {
                double v = m.doubleValue();
                return Confirmation.confirmed("pmax(p) <= 1/2", new Enclosure(v, v, v), new Enclosure(0.5, 0.5, 0.5),
                        v - 0.5);
            }
            return Confirmation.notConfirmed("holds");
        }
    }

    @Test
    void findsConfirmsAndShrinksToTheSmallestAlphabetAndSimplestMasses() {
        ClaimSpace s = space(2, 8, BinderSpec.of("p", new Dom.Dists()));
        Verdict v = Falsifier.run(s, new PmaxAtMostHalf(), Budget.ofTries(200), 99);
        Verdict.Falsified f = assertInstanceOf(Verdict.Falsified.class, v);
        // two outcomes; the simplest masses with a mass above 1/2 under the shrink order
        assertEquals(2, f.counterexample().inputs().get("p").split(",").length);
        assertTrue(f.counterexample().inputs().get("rewards").equals("[0, 1]"), f.counterexample().inputs().toString());
        assertEquals(99, f.counterexample().seed());
    }

    @Test
    void aTrueClaimSurvivesAndFloatNoiseIsNeverAVerdict() {
        // the float route claims violations that the certified route does not confirm
        Property noisy = new Property() {
            @Override
            public Trial evaluate(Instance x) {
                return Trial.violated(-1e-16);
            }

            @Override
            public Confirmation confirm(Instance x) {
                return Confirmation.notConfirmed("enclosures overlap");
            }
        };
        ClaimSpace s = space(0, 0, BinderSpec.of("n", new Dom.Ints(1, 1000)));
        Verdict v = Falsifier.run(s, noisy, Budget.ofTries(100), 1);
        assertEquals(VerdictKind.SURVIVED, v.kind());
    }

    @Test
    void undefinedInstancesMakeTheClaimInconclusive() {
        Property undefinedAtOne = new Property() {
            @Override
            public Trial evaluate(Instance x) {
                long n = ((Input.IntInput) x.get("n")).longValue();
                return n == 1 ? Trial.undefined("0 * inf") : Trial.holds(1);
            }

            @Override
            public Confirmation confirm(Instance x) {
                return Confirmation.undefined("0 * inf");
            }
        };
        Verdict v = Falsifier.run(space(0, 0, BinderSpec.of("n", new Dom.Ints(1, 50))), undefinedAtOne,
                Budget.ofTries(100), 3);
        Verdict.Inconclusive i = assertInstanceOf(Verdict.Inconclusive.class, v);
        assertEquals("1", i.instance().get("n"));
        assertTrue(i.reason().contains("undefined"));
    }

    @Test
    void everyInstanceSkippedIsInconclusiveNotSurvived() {
        Property skipAll = new Property() {
            @Override
            public Trial evaluate(Instance x) {
                return Trial.skipped();
            }

            @Override
            public Confirmation confirm(Instance x) {
                return Confirmation.skipped();
            }
        };
        Verdict v = Falsifier.run(space(0, 0, BinderSpec.of("n", new Dom.Ints(1, 5))), skipAll, Budget.ofTries(20), 3);
        assertEquals(VerdictKind.INCONCLUSIVE, v.kind());
    }

    @Test
    void theSameSeedReproducesTheSameSearch() {
        List<String> a = trace(5);
        List<String> b = trace(5);
        List<String> c = trace(6);
        assertEquals(a, b);
        assertTrue(!a.equals(c));
    }

    private static List<String> trace(long seed) {
        List<String> seen = new ArrayList<>();
        Property record = new Property() {
            @Override
            public Trial evaluate(Instance x) {
                seen.add(x.toString());
                return Trial.holds(x.toString().length());
            }

            @Override
            public Confirmation confirm(Instance x) {
                return Confirmation.notConfirmed("");
            }
        };
        ClaimSpace s = new ClaimSpace(List.of(BinderSpec.of("n", new Dom.Ints(1, 100)), BinderSpec.of("p", new Dom.Dists()),
                BinderSpec.of("x", new Dom.Reals(BigFraction.ZERO, true, null, true))), 1, 6, RewardSpec.free());
        Falsifier.run(s, record, Budget.ofTries(60), seed);
        return seen;
    }

    /** Long searches run in blocks: the verdict is the same on one thread and on three. */
    @Test
    void blockedSearchesDoNotDependOnTheThreadCount() {
        ClaimSpace s = space(2, 8, BinderSpec.of("p", new Dom.Dists()), BinderSpec.of("n", new Dom.Ints(1, 1000)));
        Budget b = new Budget(Falsifier.BLOCKED_FROM + 3000, 0, 30, 400);
        Verdict one = Falsifier.run(s, PmaxAtMostHalf::new, b, 5, 1);
        Verdict three = Falsifier.run(s, PmaxAtMostHalf::new, b, 5, 3);
        Verdict.Falsified f = assertInstanceOf(Verdict.Falsified.class, one);
        assertEquals(one, three);
        assertEquals(2, f.counterexample().inputs().get("p").split(",").length);

        // a true property: pmax(p) >= 1/k; every try is made, the smallest margin is the same
        Property lower = new Property() {
            @Override
            public Trial evaluate(Instance x) {
                double m = PmaxAtMostHalf.pmax(x).doubleValue() - 1.0 / x.alphabetSize();
                return Trial.holds(m);
            }

            @Override
            public Confirmation confirm(Instance x) {
                return Confirmation.notConfirmed("holds");
            }
        };
        Verdict a = Falsifier.run(s, () -> lower, b, 11, 1);
        Verdict c = Falsifier.run(s, () -> lower, b, 11, 2);
        Verdict.Survived sa = assertInstanceOf(Verdict.Survived.class, a);
        assertEquals(a, c);
        assertEquals(b.tries(), sa.tries());
        // uniform vectors are among the edge cases: pmax = 1/k exactly
        assertEquals(0.0, sa.smallestMargin());
    }
    /**
     * A finite domain the blocks exhaust (each block stops after its five values drawn again and
     * again): the same report on 1, 2, 3 and 8 threads; every block sees n = 1, the smallest
     * margin; no block can make more tries than the domain has values.
     */
    @Test
    void exhaustedFiniteDomainsDoNotDependOnTheThreadCount() {
        ClaimSpace s = space(0, 0, BinderSpec.of("n", new Dom.Ints(java.math.BigInteger.ONE,
                java.math.BigInteger.valueOf(5))));
        Property marginN = new Property() {
            @Override
            public Trial evaluate(Instance x) {
                return Trial.holds(((Input.IntInput) x.get("n")).value().doubleValue());
            }

            @Override
            public Confirmation confirm(Instance x) {
                return Confirmation.notConfirmed("holds");
            }
        };
        Budget b = new Budget(20_000, 0, 30, 400);
        Verdict one = Falsifier.run(s, () -> marginN, b, 4, 1);
        Verdict.Survived sv = assertInstanceOf(Verdict.Survived.class, one);
        assertEquals(1.0, sv.smallestMargin());
        long blocks = (b.tries() + Falsifier.BLOCK - 1) / Falsifier.BLOCK + 1; // +1: the stage boundary
        assertTrue(sv.tries() <= 5 * blocks, "tries " + sv.tries());
        for (int t : new int[] {2, 3, 8}) {
            assertEquals(one, Falsifier.run(s, () -> marginN, b, 4, t), t + " threads");
        }
    }

    /**
     * Violations in many blocks (x in (99/100, 1], about 20 in a block of random draws): on 8
     * threads later blocks run beside the lowest violating one and often stop first; the lowest
     * block's violation still decides, as on one thread.
     */
    @Test
    void theLowestViolatingBlockDecidesOnAnyThreadCount() {
        ClaimSpace s = space(0, 0, BinderSpec.of("x", new Dom.Reals(BigFraction.ZERO, false, BigFraction.ONE, false)));
        BigFraction cut = new BigFraction(99, 100);
        java.util.function.Supplier<Property> props = () -> new Property() {
            @Override
            public Trial evaluate(Instance x) {
                double v = ((Input.RealInput) x.get("x")).value().doubleValue();
                return v <= 0.99 ? Trial.holds(0.99 - v) : Trial.violated(0.99 - v);
            }

            @Override
            public Confirmation confirm(Instance x) {
                BigFraction v = ((Input.RealInput) x.get("x")).value();
                if (v.compareTo(cut) > 0) {
                    double d = v.doubleValue();
                    return Confirmation.confirmed("x <= 99/100", new Enclosure(d, d, d), new Enclosure(0.99, 0.99, 0.99),
                            0.99 - d);
                }
                return Confirmation.notConfirmed("holds");
            }
        };
        Budget b = new Budget(100_000, 0, 30, 400);
        Verdict one = Falsifier.run(s, props, b, 8, 1);
        Verdict.Falsified f = assertInstanceOf(Verdict.Falsified.class, one);
        String xs = f.counterexample().inputs().get("x");
        String[] nd = xs.split("/");
        BigFraction x = nd.length == 2 ? new BigFraction(new java.math.BigInteger(nd[0]), new java.math.BigInteger(nd[1]))
                : new BigFraction(new java.math.BigDecimal(xs).unscaledValue(),
                        java.math.BigInteger.TEN.pow(new java.math.BigDecimal(xs).scale()));
        assertTrue(x.compareTo(cut) > 0 && x.compareTo(BigFraction.ONE) <= 0, x.toString());
        for (int t : new int[] {2, 3, 8}) {
            assertEquals(one, Falsifier.run(s, props, b, 8, t), t + " threads");
        }
    }
}
