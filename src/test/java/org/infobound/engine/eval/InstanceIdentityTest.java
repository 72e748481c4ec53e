package org.infobound.engine.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Instance's equality and hash (a final class with a cached hash since 2026-12-07) against the
 * definitions of the record it was, written out with the JDK's own classes: rewards equal by
 * {@code Arrays.equals}, inputs equal as maps, hash {@code Arrays.hashCode(rewards) * 31 +} the
 * hash of a {@code LinkedHashMap} with the same entries; and the constructors that take arrays
 * ({@code ofOwned}, {@code withOwnedRewards}, {@code withAt}) against the copying ones.
 */
class InstanceIdentityTest {

    private static boolean recordEquals(double[] r1, Map<String, Input> m1, double[] r2, Map<String, Input> m2) {
        return java.util.Arrays.equals(r1, r2) && new LinkedHashMap<>(m1).equals(new LinkedHashMap<>(m2));
    }

    private static int recordHash(double[] r, Map<String, Input> m) {
        return java.util.Arrays.hashCode(r) * 31 + new LinkedHashMap<>(m).hashCode();
    }

    private static final double[] REWARD_VALUES = {0.0, -0.0, 1.0, 0.5, Double.NaN, 1e-300, -2.0};

    private static Input value(SplittableRandom rnd) {
        switch (rnd.nextInt(5)) {
            case 0:
                return new Input.IntInput(rnd.nextInt(3));
            case 1:
                return Input.DistInput.ofCounts(new long[] {1 + rnd.nextInt(2), 1 + rnd.nextInt(2)});
            case 2:
                // the same vectors as case 1 (1/2, 1/3, 2/3 ...) where they are doubles, another representation
                return Input.DistInput.ofDoubles(new double[] {rnd.nextBoolean() ? 0.5 : 0.25, 0}, 1);
            case 3:
                return new Input.RealInput(new org.hipparchus.fraction.BigFraction(rnd.nextInt(3), 2));
            default:
                return new Input.ChoiceInput(rnd.nextInt(2), rnd.nextBoolean() ? "a" : "b");
        }
    }

    @Test
    void equalsAndHashAreTheRecordDefinitions() {
        SplittableRandom rnd = new SplittableRandom(11);
        String[] pool = {"n", "p", "x"};
        Instance[] xs = new Instance[400];
        double[][] rs = new double[xs.length][];
        Map<String, Input>[] ms = newMaps(xs.length);
        for (int i = 0; i < xs.length; i++) {
            double[] r = new double[rnd.nextInt(3)];
            for (int j = 0; j < r.length; j++) {
                r[j] = REWARD_VALUES[rnd.nextInt(REWARD_VALUES.length)];
            }
            Map<String, Input> m = new LinkedHashMap<>();
            int nb = rnd.nextInt(3);
            for (int j = 0; j < nb; j++) {
                m.put(pool[rnd.nextInt(pool.length)], value(rnd));
            }
            rs[i] = r;
            ms[i] = m;
            // built in three ways; for the array form the same names and values in order
            String[] names = m.keySet().toArray(new String[0]);
            Input[] values = m.values().toArray(new Input[0]);
            switch (i % 3) {
                case 0:
                    xs[i] = new Instance(r, m);
                    break;
                case 1:
                    xs[i] = Instance.of(r, names, values, names.length);
                    break;
                default:
                    xs[i] = Instance.ofOwned(r.clone(), names, values, names.length);
                    break;
            }
        }
        int equalPairs = 0;
        for (int i = 0; i < xs.length; i++) {
            assertEquals(recordHash(rs[i], ms[i]), xs[i].hashCode(), "hash " + i);
            for (int j = 0; j < xs.length; j++) {
                boolean e = recordEquals(rs[i], ms[i], rs[j], ms[j]);
                assertEquals(e, xs[i].equals(xs[j]), i + " vs " + j);
                if (e && i != j) {
                    equalPairs++;
                    assertEquals(xs[i].hashCode(), xs[j].hashCode());
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(equalPairs > 100, "equal pairs " + equalPairs);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Input>[] newMaps(int n) {
        return new Map[n];
    }

    @Test
    void cachedHashNeverDecidesEqualityAlone() {
        Map<String, Input> m = Map.of("n", new Input.IntInput(2));
        Instance a = new Instance(new double[] {0, 1}, m);
        Instance b = new Instance(new double[] {0, 1}, m);
        a.hashCode(); // cached on one side only
        assertEquals(a, b);
        assertEquals(b, a);
        b.hashCode();
        assertEquals(a, b);
        Instance c = new Instance(new double[] {1, 0}, m);
        c.hashCode();
        assertNotEquals(a, c);
        // -0.0 and 0.0 differ, as Arrays.equals says
        assertNotEquals(new Instance(new double[] {0.0}, m), new Instance(new double[] {-0.0}, m));
    }

    @Test
    void arrayConstructorsAreTheCopyingOnes() {
        double[] r = {0, 1, 2};
        Map<String, Input> m = new LinkedHashMap<>();
        m.put("n", new Input.IntInput(2));
        m.put("p", Input.DistInput.ofCounts(new long[] {1, 1, 2}));
        Instance x = new Instance(r, m);
        r[0] = 9; // the copying constructor copied
        assertArrayEquals(new double[] {0, 1, 2}, x.rewards());
        x.rewards()[1] = 7; // rewards() is a copy
        assertArrayEquals(new double[] {0, 1, 2}, x.rewardsShared());
        // withAt is with by name; binder positions are the key order
        assertEquals(List.of("n", "p"), List.of(x.binderName(0), x.binderName(1)));
        assertSame(m.get("p"), x.binderValue(1));
        assertEquals(2, x.binderCount());
        Instance y = x.withAt(0, new Input.IntInput(5));
        assertEquals(x.with("n", new Input.IntInput(5)), y);
        assertEquals(List.of("n", "p"), List.copyOf(y.inputs().keySet()));
        assertEquals(new Input.IntInput(2), x.get("n"));
        // withOwnedRewards is the copying constructor on the same inputs
        Instance z = x.withOwnedRewards(new double[] {3, 4, 5});
        assertEquals(new Instance(new double[] {3, 4, 5}, m), z);
        // ofOwned with a repeated name: LinkedHashMap order (first position, last value), as of
        String[] names = {"a", "b", "a"};
        Input[] values = {new Input.IntInput(1), new Input.IntInput(2), new Input.IntInput(3)};
        Instance o = Instance.ofOwned(new double[0], names, values, 3);
        Map<String, Input> lhm = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            lhm.put(names[i], values[i]);
        }
        assertEquals(new Instance(new double[0], lhm), o);
        assertEquals(List.copyOf(lhm.keySet()), List.copyOf(o.inputs().keySet()));
        assertEquals(Instance.of(new double[0], names, values, 2), Instance.ofOwned(new double[0], names, values, 2));
    }

    @Test
    void ownedVectorIsTheCopiedOne() {
        double[] p = {0.25, 0.0, 0.125, 0.3};
        Input.DistInput a = Input.DistInput.ofDoubles(p, 3);
        Input.DistInput b = Input.DistInput.ofDoublesOwned(p.clone(), 3);
        assertEquals(a, b);
        assertEquals(a.probs(), b.probs());
        assertArrayEquals(new double[] {0.25, 0.0, 0.125, 0.625}, b.approx());
        assertEquals(0.3, p[3]); // ofDoubles did not write the caller's array
        assertNotSame(b.approx(), b.approxShared());
        assertArrayEquals(b.approx(), b.approxShared());
        // off the grid: the exact rest, rounded once, on both routes
        double[] q = {1e-300, 0.5, 0};
        assertEquals(Input.DistInput.ofDoubles(q, 2), Input.DistInput.ofDoublesOwned(q.clone(), 2));
        assertEquals(Input.DistInput.ofDoubles(q, 2).probs(), Input.DistInput.ofDoublesOwned(q.clone(), 2).probs());
    }
}
