package org.infobound.engine.falsify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;
import org.junit.jupiter.api.Test;

/**
 * The search's repeat check with the validity memo (Search.admittedMove, Search.repeated) against
 * the historical search written out here as the reference: {@code Moves.mutate} with the list of
 * names and {@code rng.pick}, {@code InstanceGen.valid} on every moved instance, and
 * {@code !seen.add(x)} on a {@code HashSet}. Both must evaluate the same instances in the same
 * order, on spaces where the memo's cases occur: repeated draws (small finite domains),
 * dependent domains (m in n..6), moved instances outside the domain, and draws outside the
 * domain (a space whose searched alphabet sizes include one it does not declare, so the
 * unchecked draws of size 1 are invalid and moves from them meet them in the repeat set).
 */
class SearchRepeatTest {

    private static final double[] STEPS = {0.5, 0.1, 0.01, 1e-4};

    /** Records every instance evaluated; always HOLDS, with a margin fixed by the instance. */
    private static final class Recorder implements Property {
        final List<Instance> evaluated = new ArrayList<>();
        final int block;

        Recorder(int block) {
            this.block = block;
        }

        @Override
        public Trial evaluate(Instance x) {
            evaluated.add(x);
            return Trial.holds(margin(x));
        }

        @Override
        public int block() {
            return block;
        }

        @Override
        public Confirmation confirm(Instance x) {
            throw new AssertionError("no candidate expected");
        }
    }

    /** Small alphabets first (so the climb starts from size-1 instances where there are any). */
    static double margin(Instance x) {
        return x.alphabetSize() + (x.hashCode() & 0xff) / 1000.0;
    }

    /** What the reference saw of the memo's cases. */
    private static final class Cases {
        int repeatValid;
        int repeatInvalid;
        int freshInvalid;
    }

    /** The historical Moves.mutate (list of names, rng.pick, with by name). */
    static Instance historicalMutate(Instance x, Rng rng) {
        List<String> names = new ArrayList<>(x.inputs().keySet());
        boolean moveRewards = x.alphabetSize() > 0 && (names.isEmpty() || rng.chance(0.2));
        if (moveRewards) {
            double[] out = x.rewards();
            int i = rng.nextInt(out.length);
            if (out.length > 1 && rng.chance(0.3)) {
                out[i] = out[rng.nextInt(out.length)];
            } else {
                out[i] += (Math.abs(out[i]) + 1) * STEPS[rng.nextInt(STEPS.length)] * (rng.chance(0.5) ? 1 : -1);
            }
            return new Instance(out, x.inputs());
        }
        String name = rng.pick(names);
        return x.with(name, Moves.move(x.get(name), rng));
    }

    /** The historical one-at-a-time loop and Search.next, with a HashSet of seen instances. */
    static List<Instance> reference(ClaimSpace space, long seed, long tries, long edgeTries, long localFrom, Cases cases) {
        Rng rng = new Rng(seed);
        Set<Instance> seen = new HashSet<>();
        List<Instance> out = new ArrayList<>();
        Instance best = null;
        double smallest = Double.POSITIVE_INFINITY;
        int duplicates = 0;
        for (long t = 0; t < tries; t++) {
            Instance x = null;
            try {
                if (t < edgeTries) {
                    x = InstanceGen.draw(space, rng, 0.8);
                } else {
                    if (t >= localFrom && best != null && rng.chance(0.8)) {
                        for (int attempt = 0; attempt < 5 && x == null; attempt++) {
                            try {
                                Instance y = historicalMutate(best, rng);
                                boolean ok = InstanceGen.valid(space, y);
                                if (seen.contains(y)) {
                                    if (ok) {
                                        cases.repeatValid++;
                                    } else {
                                        cases.repeatInvalid++;
                                    }
                                } else if (!ok) {
                                    cases.freshInvalid++;
                                }
                                if (ok) {
                                    x = y;
                                }
                            } catch (ArithmeticException | IllegalArgumentException e) {
                                // as the search: try another
                            }
                        }
                    }
                    if (x == null) {
                        x = InstanceGen.draw(space, rng, 0.1);
                    }
                }
            } catch (InstanceGen.EmptyDomain e) {
                throw new AssertionError(e);
            }
            if (!seen.add(x)) {
                t--;
                if (++duplicates >= 200) {
                    break;
                }
                continue;
            }
            duplicates = 0;
            out.add(x);
            double m = margin(x);
            if (m < smallest) {
                smallest = m;
                best = x;
            }
        }
        return out;
    }

    private static void sameAsHistorical(ClaimSpace space, long seed, long tries, int block, boolean needInvalidRepeats) {
        long edgeTries = tries / 5;
        long localFrom = tries / 3;
        Cases cases = new Cases();
        List<Instance> expected = reference(space, seed, tries, edgeTries, localFrom, cases);
        Recorder r = new Recorder(block);
        Search s = new Search(space, r, new Budget(tries, 0, 30, 0), new Rng(seed), null);
        s.run(0, tries, edgeTries, localFrom, 0, () -> false);
        assertEquals(expected.size(), r.evaluated.size(), "tries");
        assertEquals(expected.size(), s.tries);
        for (int i = 0; i < expected.size(); i++) {
            Instance a = expected.get(i);
            Instance b = r.evaluated.get(i);
            assertEquals(a, b, "instance " + i);
            // equal and also the same exact text (rewards, values): nothing differs in a report
            assertEquals(a.render(), b.render(), "instance " + i);
        }
        // the cases the memo changes did occur
        assertTrue(s.validSkipped <= cases.repeatValid, "skipped " + s.validSkipped);
        if (!needInvalidRepeats) {
            assertTrue(cases.repeatValid > 50, "moved repeats of valid instances: " + cases.repeatValid);
            assertTrue(s.validSkipped > 0, "skipped " + s.validSkipped);
        } else {
            assertTrue(cases.repeatInvalid > 0, "moved repeats of invalid draws: " + cases.repeatInvalid);
            assertTrue(cases.freshInvalid > 0, "moved instances outside the domain: " + cases.freshInvalid);
        }
    }

    /**
     * n in 1..100, m in n..200: a dependent domain of 15,050 instances, sometimes drawn again, and the
     * climb's small integer steps from the best instance mostly land on instances already seen;
     * and n in 1..4, m in n..6 (6 + 5 + 4 + 3 = 18 instances), exhausted (200 repeats in a row) early.
     */
    @Test
    void dependentFiniteDomainSameInstancesAsHistorical() {
        ClaimSpace dep = new ClaimSpace(List.of(BinderSpec.of("n", new Dom.Ints(1, 100)),
                new BinderSpec("m", e -> new Dom.Ints(((Input.IntInput) e.get("n")).value(), BigInteger.valueOf(200)))),
                0, 0, RewardSpec.free());
        for (long seed = 1; seed <= 4; seed++) {
            sameAsHistorical(dep, seed, 3000, 1, false);
            sameAsHistorical(dep, seed, 3000, 8, false);
        }
        ClaimSpace tiny = new ClaimSpace(List.of(BinderSpec.of("n", new Dom.Ints(1, 4)),
                new BinderSpec("m", e -> new Dom.Ints(((Input.IntInput) e.get("n")).value(), BigInteger.valueOf(6)))),
                0, 0, RewardSpec.free());
        Cases cases = new Cases();
        List<Instance> expected = reference(tiny, 1, 4000, 800, 1333, cases);
        assertEquals(18, expected.size(), "every instance of the tiny domain, then exhausted");
        Recorder r = new Recorder(1);
        Search s = new Search(tiny, r, new Budget(4000, 0, 30, 0), new Rng(1), null);
        s.run(0, 4000, 800, 1333, 0, () -> false);
        assertEquals(expected, r.evaluated);
    }

    /**
     * Searched alphabet sizes 1..3, declared 2..3, rewards in {0, 1}, n in 1..3: every draw of
     * size 1 is outside the domain (draws are not checked), the climb starts from them (their
     * margins are the smallest), and its moves meet them in the repeat set.
     */
    @Test
    void invalidDrawsAndMovesSameInstancesAsHistorical() {
        ClaimSpace s = new ClaimSpace(List.of(BinderSpec.of("p", new Dom.Dists()), BinderSpec.of("n", new Dom.Ints(1, 3))),
                1, 3, RewardSpec.set(List.of(BigFraction.ZERO, BigFraction.ONE)), BigInteger.TWO, BigInteger.valueOf(3),
                List.of(), null);
        Instance small = new Instance(new double[] {1}, java.util.Map.of("p", Input.DistInput.ofCounts(new long[] {1}),
                "n", new Input.IntInput(2)));
        assertFalse(InstanceGen.valid(s, small), "size 1 is not declared");
        for (long seed = 1; seed <= 4; seed++) {
            sameAsHistorical(s, seed, 3000, 1, true);
            sameAsHistorical(s, seed, 3000, 16, true);
        }
    }

    /** A real interval, a fn and a kernel: moves leave the domain and rarely repeat. */
    @Test
    void continuousDomainsSameInstancesAsHistorical() {
        ClaimSpace s = new ClaimSpace(List.of(BinderSpec.of("x", new Dom.Reals(BigFraction.ZERO, false, BigFraction.ONE, false)),
                BinderSpec.of("k", new Dom.Ints(1, 2))), 0, 0, RewardSpec.free());
        long tries = 3000;
        Cases cases = new Cases();
        List<Instance> expected = reference(s, 7, tries, tries / 5, tries / 3, cases);
        Recorder r = new Recorder(1);
        Search search = new Search(s, r, new Budget(tries, 0, 30, 0), new Rng(7), null);
        search.run(0, tries, tries / 5, tries / 3, 0, () -> false);
        assertEquals(expected, r.evaluated);
        assertTrue(cases.freshInvalid > 0, "moves outside [0, 1]: " + cases.freshInvalid);
    }

    /** The new Moves.mutate against the historical one: the same instance and the same random stream after it. */
    @Test
    void mutateIsTheHistoricalMove() {
        ClaimSpace s = new ClaimSpace(List.of(BinderSpec.of("p", new Dom.Dists()), BinderSpec.of("n", new Dom.Ints(1, 1000)),
                BinderSpec.of("x", new Dom.Reals(BigFraction.ZERO, false, BigFraction.ONE, false))), 2, 20, RewardSpec.free());
        Rng draws = new Rng(3);
        for (int i = 0; i < 2000; i++) {
            Instance x;
            try {
                x = InstanceGen.draw(s, draws, i % 2 == 0 ? 0.8 : 0.1);
            } catch (InstanceGen.EmptyDomain e) {
                throw new AssertionError(e);
            }
            Rng a = new Rng(i);
            Rng b = new Rng(i);
            Instance ya = historicalMutate(x, a);
            Instance yb = Moves.mutate(x, s, b);
            assertEquals(ya, yb);
            assertEquals(ya.render(), yb.render());
            assertEquals(List.copyOf(ya.inputs().keySet()), List.copyOf(yb.inputs().keySet()));
            assertEquals(a.nextDouble(), b.nextDouble(), "random stream after move " + i);
        }
        // no binders and no alphabet: both fail the same way (the search tries another move)
        Instance empty = new Instance(new double[0], java.util.Map.of());
        Class<? extends Throwable> ha = failure(() -> historicalMutate(empty, new Rng(1)));
        Class<? extends Throwable> hb = failure(() -> Moves.mutate(empty, s, new Rng(1)));
        assertEquals(IllegalArgumentException.class, ha);
        assertEquals(ha, hb);
    }

    private static Class<? extends Throwable> failure(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
