package org.infobound.math.discrete;

/**
 * Monotone map of doubles to longs for the kernels that work on integer keys
 * ({@link org.infobound.math.kernel.TieGroups}): {@code x < y <=> key(x) < key(y)} and
 * {@code x == y <=> key(x) == key(y)} for non-NaN doubles (-0.0 and 0.0 map to one key).
 * Negative doubles have their magnitude bits flipped, so the signed order of the bit patterns
 * follows the order of the values.
 */
final class OrderKeys {

    private OrderKeys() {
    }

    static long key(double x) {
        long bits = Double.doubleToLongBits(x + 0.0);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** The keys of non-decreasing doubles, which are non-decreasing. */
    static long[] keys(double[] sorted) {
        long[] out = new long[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            out[i] = key(sorted[i]);
        }
        return out;
    }
}
