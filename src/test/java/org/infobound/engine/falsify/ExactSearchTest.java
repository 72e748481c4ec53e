package org.infobound.engine.falsify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;
import org.infobound.engine.verdict.Enclosure;
import org.infobound.engine.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The search's exact value model: generators never leave their domain on adversarial intervals
 * (bounds compared here with exact fractions written out independently), integers of any size,
 * alphabets above 64 outcomes, exact rewards, and the one admission rule.
 */
class ExactSearchTest {

    private static final BigFraction TEN_M400 = new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(400));
    private static final BigFraction THIRD = new BigFraction(1, 3);
    private static final BigFraction TEN_M18 = new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(18));
    private static final BigFraction TEN_M320 = new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(320));
    private static final BigInteger TEN19 = BigInteger.TEN.pow(19);

    /** Whether lo <(=) v <(=) hi, written out with compareTo (independent of Dom.contains). */
    private static boolean inside(BigFraction v, BigFraction lo, boolean loOpen, BigFraction hi, boolean hiOpen) {
        int a = v.compareTo(lo);
        int b = v.compareTo(hi);
        return (loOpen ? a > 0 : a >= 0) && (hiOpen ? b < 0 : b <= 0);
    }

    private static void realsStayInside(BigFraction lo, boolean loOpen, BigFraction hi, boolean hiOpen) {
        Dom.Reals d = new Dom.Reals(lo, loOpen, hi, hiOpen);
        Rng rng = new Rng(5);
        for (int i = 0; i < 600; i++) {
            BigFraction v = RealGen.draw(d, rng, i % 3 == 0).value();
            assertTrue(inside(v, lo, loOpen, hi, hiOpen), v + " outside " + d);
        }
        for (BigFraction v : RealGen.edges(d)) {
            assertTrue(inside(v, lo, loOpen, hi, hiOpen), "edge " + v + " outside " + d);
        }
    }

    @Test
    void realDrawsStayInsideAnUnderflowingInterval() {
        // (0, 1e-400]: no positive double lies in it (the least is about 4.9e-324)
        realsStayInside(BigFraction.ZERO, true, TEN_M400, false);
    }

    @Test
    void realDrawsStayInsideAnIntervalNarrowerThanAnUlp() {
        // (1/3, 1/3 + 1e-18]: the ulp of 1/3 is 2^-54, about 5.6e-17
        realsStayInside(THIRD, true, THIRD.add(TEN_M18), false);
    }

    @Test
    void realDrawsStayInsideSubnormalAndHugeIntervals() {
        realsStayInside(TEN_M320.negate(), true, TEN_M320, true);
        realsStayInside(new BigFraction(TEN19), false, new BigFraction(TEN19.add(BigInteger.ONE)), false);
        realsStayInside(new BigFraction(TEN19), true, new BigFraction(TEN19.add(BigInteger.ONE)), true);
    }

    @Test
    void intDrawsStayInsideHugeRangesAndReachTheirWholeSpan() {
        BigInteger two64 = BigInteger.TWO.pow(64);
        BigInteger ten40 = BigInteger.TEN.pow(40);
        Object[][] ranges = {{TEN19, TEN19.add(BigInteger.ONE)}, {two64, two64.add(BigInteger.valueOf(5))},
            {BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30).negate().add(BigInteger.valueOf(3))},
            {BigInteger.ONE, ten40}};
        Rng rng = new Rng(11);
        boolean beyondLong = false;
        for (Object[] r : ranges) {
            BigInteger lo = (BigInteger) r[0];
            BigInteger hi = (BigInteger) r[1];
            Dom.Ints d = new Dom.Ints(lo, hi);
            for (int i = 0; i < 500; i++) {
                BigInteger v = IntGen.draw(d, rng, i % 4 == 0).value();
                assertTrue(v.compareTo(lo) >= 0 && v.compareTo(hi) <= 0, v + " outside " + lo + ".." + hi);
                beyondLong |= hi.equals(ten40) && v.bitLength() > 64;
            }
        }
        assertTrue(beyondLong, "1..10^40 draws values beyond 2^64 (log-uniform over the whole span)");
    }

    @Test
    void intEdgesOfARangeBeyondTheLongRangeAreItsEnds() {
        BigInteger two64 = BigInteger.TWO.pow(64);
        List<BigInteger> e = IntGen.edges(new Dom.Ints(two64, two64.add(BigInteger.valueOf(5))));
        assertTrue(e.contains(two64) && e.contains(two64.add(BigInteger.ONE)) && e.contains(two64.add(BigInteger.valueOf(5))),
                e.toString());
    }

    @Test
    void exactDoublesBracketARational() {
        // floor(1/3) <= 1/3 <= ceil(1/3) and they are adjacent doubles
        double f = ExactDoubles.floor(THIRD);
        double c = ExactDoubles.ceil(THIRD);
        assertTrue(new BigFraction(f).compareTo(THIRD) < 0 && new BigFraction(c).compareTo(THIRD) > 0);
        assertEquals(Math.nextUp(f), c);
        // 1e-400 lies between 0 and the least positive double
        assertEquals(0.0, ExactDoubles.floor(TEN_M400));
        assertEquals(Double.MIN_VALUE, ExactDoubles.ceil(TEN_M400));
        assertFalse(ExactDoubles.isDouble(TEN_M400));
        assertTrue(ExactDoubles.isDouble(new BigFraction(3, 8)));
    }

    @Test
    void rewardSetsUseOnlyTheirExactDoublesAndDistinctnessIsExact() {
        RewardSpec s = RewardSpec.set(List.of(BigFraction.ZERO, TEN_M400)).withDistinct();
        assertEquals(List.of(0.0), s.searchedValues());
        assertFalse(s.admits(new double[] {0, 0}), "tied rewards under distinct rewards");
        assertFalse(s.admits(new double[] {0, Double.MIN_VALUE}), "MIN_VALUE is not 1e-400");
        assertEquals(1, s.maxOutcomes());
        assertNotNull(s.note());
        assertNull(RewardGen.draw(2, s, new Rng(1), false), "no admissible rewards on 2 outcomes");
    }

    @Test
    void rewardIntervalsAreCheckedExactly() {
        RewardSpec s = RewardSpec.interval(TEN_M400, BigFraction.ONE);
        assertFalse(s.admits(new double[] {0.0}), "0 < 1e-400");
        assertTrue(s.admits(new double[] {Double.MIN_VALUE, 1.0}));
        Rng rng = new Rng(3);
        for (int i = 0; i < 200; i++) {
            for (double r : RewardGen.draw(3, s, rng, i % 2 == 0)) {
                assertTrue(new BigFraction(r == 0 ? 0 : r).compareTo(TEN_M400) > 0 && r <= 1, Double.toString(r));
            }
        }
    }

    @Test
    void fnValuesStayInsideAnExactRange() {
        Dom.Fns d = new Dom.Fns(TEN_M400, BigFraction.ONE);
        Rng rng = new Rng(9);
        for (int i = 0; i < 300; i++) {
            for (double v : FnGen.draw(4, d, rng, i % 2 == 0).values()) {
                assertTrue(v > 0 && v <= 1, Double.toString(v));
            }
        }
        assertFalse(d.contains(new Input.FnInput(new double[] {0.0, 0.5}), 2));
        assertFalse(new Dom.Fns(TEN_M400, TEN_M400.multiply(2)).hasDouble(), "no double in [1e-400, 2e-400]");
    }

    @Test
    void alphabetSizesAboveSixtyFourAreDrawnWithinTheSearchedRange() throws Exception {
        ClaimSpace s = new ClaimSpace(List.of(BinderSpec.of("p", new Dom.Dists())), 60, 1024, RewardSpec.free(),
                BigInteger.valueOf(60), BigInteger.valueOf(100000), List.of(), null);
        Rng rng = new Rng(2);
        int above = 0;
        for (int i = 0; i < 200; i++) {
            int k = InstanceGen.alphabetSize(s, rng, i % 5 == 0);
            assertTrue(k >= 60 && k <= 1024, Integer.toString(k));
            above += k >= 65 ? 1 : 0;
        }
        assertTrue(above > 50, above + " of 200 sizes above 64");
    }

    // ---- the admission rule ----

    private static Instance inst(double[] rewards, Object... kv) {
        Map<String, Input> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Input) kv[i + 1]);
        }
        return new Instance(rewards, m);
    }

    private static ClaimSpace space(int kMin, int kMax, RewardSpec r, BinderSpec... b) {
        return new ClaimSpace(List.of(b), kMin, kMax, r);
    }

    @Test
    void admissionRejectsEachKindOfOutOfDomainValue() {
        // reals: an open end itself, and the double next to 1e-400
        ClaimSpace reals = space(0, 0, RewardSpec.free(), BinderSpec.of("x", new Dom.Reals(BigFraction.ZERO, true, TEN_M400, false)));
        assertFalse(Admission.check(reals, inst(new double[0], "x", new Input.RealInput(BigFraction.ZERO))));
        assertFalse(Admission.check(reals, inst(new double[0], "x", new Input.RealInput(new BigFraction(Double.MIN_VALUE)))));
        assertTrue(Admission.check(reals, inst(new double[0], "x", new Input.RealInput(TEN_M400))));
        // integers of any size
        ClaimSpace ints = space(0, 0, RewardSpec.free(), BinderSpec.of("n", new Dom.Ints(TEN19, TEN19.add(BigInteger.TEN))));
        assertFalse(Admission.check(ints, inst(new double[0], "n", new Input.IntInput(TEN19.subtract(BigInteger.ONE)))));
        assertFalse(Admission.check(ints, inst(new double[0], "n", new Input.IntInput(-8446744073709551616L))));
        assertTrue(Admission.check(ints, inst(new double[0], "n", new Input.IntInput(TEN19))));
        // a range read from an earlier binder: m in n..10
        ClaimSpace dep = space(0, 0, RewardSpec.free(), BinderSpec.of("n", new Dom.Ints(1, 5)),
                new BinderSpec("m", e -> new Dom.Ints(((Input.IntInput) e.get("n")).value(), BigInteger.TEN)));
        assertFalse(Admission.check(dep, inst(new double[0], "n", new Input.IntInput(4), "m", new Input.IntInput(3))));
        assertTrue(Admission.check(dep, inst(new double[0], "n", new Input.IntInput(4), "m", new Input.IntInput(4))));
        // finite sets
        ClaimSpace set = space(0, 0, RewardSpec.free(), BinderSpec.of("f", new Dom.Choices(List.of("a", "b"))));
        assertFalse(Admission.check(set, inst(new double[0], "f", new Input.ChoiceInput(2, "c"))));
        // dist size equal to the alphabet, alphabet in the declared range
        ClaimSpace dists = space(2, 3, RewardSpec.free(), BinderSpec.of("p", new Dom.Dists()));
        Input.DistInput half = new Input.DistInput(List.of(BigFraction.ONE_HALF, BigFraction.ONE_HALF));
        assertTrue(Admission.check(dists, inst(new double[] {0, 1}, "p", half)));
        assertFalse(Admission.check(dists, inst(new double[] {0, 1, 2}, "p", half)), "dist on 2 of 3 outcomes");
        Input.DistInput quarter = new Input.DistInput(List.of(new BigFraction(1, 4), new BigFraction(1, 4),
                new BigFraction(1, 4), new BigFraction(1, 4)));
        assertFalse(Admission.check(dists, inst(new double[] {0, 1, 2, 3}, "p", quarter)), "4 outcomes of 2..3");
        // rewards: set, interval, distinct
        ClaimSpace rs = space(2, 2, RewardSpec.set(List.of(BigFraction.ZERO, BigFraction.ONE)).withDistinct(),
                BinderSpec.of("p", new Dom.Dists()));
        assertFalse(Admission.check(rs, inst(new double[] {0, 0}, "p", half)), "tied");
        assertFalse(Admission.check(rs, inst(new double[] {0, 2}, "p", half)), "2 not in {0, 1}");
        assertTrue(Admission.check(rs, inst(new double[] {1, 0}, "p", half)));
        ClaimSpace ri = space(2, 2, RewardSpec.interval(BigFraction.ZERO, BigFraction.ONE), BinderSpec.of("p", new Dom.Dists()));
        assertFalse(Admission.check(ri, inst(new double[] {0, 1.5}, "p", half)));
        // fn ranges and kernel outputs
        ClaimSpace fns = space(2, 2, RewardSpec.free(), BinderSpec.of("g", new Dom.Fns(TEN_M400, BigFraction.ONE)));
        assertFalse(Admission.check(fns, inst(new double[] {0, 1}, "g", new Input.FnInput(new double[] {0, 1}))));
        assertTrue(Admission.check(fns, inst(new double[] {0, 1}, "g", new Input.FnInput(new double[] {1, 1}))));
        ClaimSpace ks = space(2, 2, RewardSpec.free(), BinderSpec.of("k", new Dom.Kernels(2, 3)));
        Input.KernelInput oneOutput = new Input.KernelInput(List.of(new Input.DistInput(List.of(BigFraction.ONE)),
                new Input.DistInput(List.of(BigFraction.ONE))));
        assertFalse(Admission.check(ks, inst(new double[] {0, 1}, "k", oneOutput)), "1 output of 2..3");
        assertTrue(Admission.check(ks, inst(new double[] {0, 1}, "k", new Input.KernelInput(List.of(half, half)))));
        // law parameters: sigma must be > 0
        ClaimSpace laws = space(0, 0, RewardSpec.free(), BinderSpec.of("c", new Dom.Laws()));
        assertFalse(Admission.check(laws, inst(new double[0], "c", new Input.LawInput("normal", new double[] {0, -1}))));
        assertTrue(Admission.check(laws, inst(new double[0], "c", new Input.LawInput("normal", new double[] {0, 1}))));
    }

    /** Confirms every instance as a violation (so only the admission rule can refuse one). */
    private static final class AlwaysViolated implements Property {
        @Override
        public Trial evaluate(Instance x) {
            return Trial.violated(-1);
        }

        @Override
        public Confirmation confirm(Instance x) {
            return Confirmation.confirmed("false", new Enclosure(0, 0, 0), new Enclosure(1, 1, 1), 1);
        }
    }

    @Test
    void aConfirmedViolationIsAlwaysInsideTheDomainAndShrinksInsideIt() {
        ClaimSpace s = space(0, 0, RewardSpec.free(), BinderSpec.of("n", new Dom.Ints(TEN19, TEN19.add(BigInteger.TEN))),
                BinderSpec.of("x", new Dom.Reals(THIRD, true, THIRD.add(TEN_M18), false)));
        Verdict.Falsified f = assertInstanceOf(Verdict.Falsified.class,
                Falsifier.run(s, new AlwaysViolated(), Budget.ofTries(50), 1));
        // the shrinker moves n to its lower end 10^19 and never below (0, 1, 2 are simpler but outside)
        assertEquals(TEN19.toString(), f.counterexample().inputs().get("n"));
        String xs = f.counterexample().inputs().get("x");
        String[] nd = xs.split("/");
        BigFraction x = nd.length == 2 ? new BigFraction(new BigInteger(nd[0]), new BigInteger(nd[1]))
                : new BigFraction(new java.math.BigDecimal(xs).unscaledValue(),
                        BigInteger.TEN.pow(new java.math.BigDecimal(xs).scale()));
        assertTrue(inside(x, THIRD, true, THIRD.add(TEN_M18), false), xs);
    }

    @Test
    void anInstanceThatLeavesItsDomainBeforeConfirmationIsNeverConfirmed() {
        // the domain moves after the first resolution: every drawn instance is outside it when admitted
        AtomicInteger calls = new AtomicInteger();
        BinderSpec moving = new BinderSpec("n", e -> calls.getAndIncrement() == 0 ? new Dom.Ints(1, 10)
                : new Dom.Ints(1000, 2000));
        ClaimSpace s = space(0, 0, RewardSpec.free(), moving);
        Verdict v = Falsifier.run(s, new AlwaysViolated(), Budget.ofTries(1), 1);
        assertFalse(v instanceof Verdict.Falsified, v.toString());
    }

    @Test
    void aConfirmedViolationThatFailsAdmissionAfterwardsIsAnInternalError() {
        // admitted when drawn and confirmed, outside the domain when FALSIFIED would be built
        AtomicInteger calls = new AtomicInteger();
        BinderSpec moving = new BinderSpec("n", e -> calls.getAndIncrement() < 2 ? new Dom.Ints(1, 10)
                : new Dom.Ints(1000, 2000));
        ClaimSpace s = space(0, 0, RewardSpec.free(), moving);
        org.junit.jupiter.api.Assertions.assertThrows(Admission.Violation.class,
                () -> Falsifier.run(s, new AlwaysViolated(), Budget.ofTries(1), 1));
    }

    @Test
    void aTimeCapThatStopsTheSearchIsNotASurvival() {
        Property slow = new Property() {
            @Override
            public Trial evaluate(Instance x) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Trial.holds(1);
            }

            @Override
            public Confirmation confirm(Instance x) {
                return Confirmation.notConfirmed("holds");
            }
        };
        ClaimSpace s = space(0, 0, RewardSpec.free(), BinderSpec.of("x", new Dom.Reals(BigFraction.ZERO, false, BigFraction.ONE, false)));
        Verdict v = Falsifier.run(s, slow, new Budget(100_000, 20, 30, 0), 1);
        Verdict.Inconclusive i = assertInstanceOf(Verdict.Inconclusive.class, v);
        assertTrue(i.reason().startsWith("time cap reached after ") && i.reason().endsWith(" of 100000 tries"), i.reason());
    }
}
