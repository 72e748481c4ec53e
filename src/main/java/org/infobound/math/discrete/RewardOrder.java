package org.infobound.math.discrete;

/**
 * Outcomes sorted by (key, index), without per-outcome objects: a stable insertion sort for
 * up to 48 outcomes, else a stable LSD radix sort
 * (8-bit digits, passes where every key has the same digit are skipped) of order-preserving
 * 64-bit images of the keys, skipped entirely when the keys are already non-decreasing. Keeps
 * the keys and the probabilities in sorted order so that later passes read memory sequentially.
 */
final class RewardOrder {

    private static final int BITS = 8;
    private static final int MASK = (1 << BITS) - 1;

    /** Sorted position j holds outcome perm[j]; null means the identity. */
    final int[] perm;
    /** The keys in sorted order. */
    final double[] keys;
    /** The probabilities in sorted order. */
    final double[] probs;

    private RewardOrder(int[] perm, double[] keys, double[] probs) {
        this.perm = perm;
        this.keys = keys;
        this.probs = probs;
    }

    static RewardOrder of(double[] keys, double[] p) {
        int k = keys.length;
        boolean sorted = true;
        for (int i = 1; i < k && sorted; i++) {
            sorted = keys[i - 1] <= keys[i];
        }
        if (sorted) {
            return new RewardOrder(null, keys, p);
        }
        int[] perm = argsort(keys);
        double[] sk = new double[k];
        double[] sp = new double[k];
        for (int j = 0; j < k; j++) {
            sk[j] = keys[perm[j]];
            sp[j] = p[perm[j]];
        }
        return new RewardOrder(perm, sk, sp);
    }

    int at(int j) {
        return perm == null ? j : perm[j];
    }

    /** Up to this many outcomes, a stable insertion sort beats the radix passes. */
    private static final int SMALL = 48;

    private static int[] argsort(double[] keys) {
        int k = keys.length;
        if (k <= SMALL) {
            return insertionArgsort(keys);
        }
        long[] a = new long[k];
        long[] b = new long[k];
        int[] ia = new int[k];
        int[] ib = new int[k];
        for (int i = 0; i < k; i++) {
            long bits = Double.doubleToLongBits(keys[i] + 0.0);
            a[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
            ia[i] = i;
        }
        int[] count = new int[1 << BITS];
        for (int shift = 0; shift < 64; shift += BITS) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < k; i++) {
                count[(int) (a[i] >>> shift) & MASK]++;
            }
            if (count[(int) (a[0] >>> shift) & MASK] == k) {
                continue;
            }
            int sum = 0;
            for (int d = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < k; i++) {
                int pos = count[(int) (a[i] >>> shift) & MASK]++;
                b[pos] = a[i];
                ib[pos] = ia[i];
            }
            long[] t = a;
            a = b;
            b = t;
            int[] u = ia;
            ia = ib;
            ib = u;
        }
        return ia;
    }

    /** Stable: equal keys keep index order; -0.0 and 0.0 compare equal, as in the radix images. */
    private static int[] insertionArgsort(double[] keys) {
        int k = keys.length;
        int[] ia = new int[k];
        for (int i = 0; i < k; i++) {
            int j = i;
            double key = keys[i] + 0.0;
            while (j > 0 && keys[ia[j - 1]] + 0.0 > key) {
                ia[j] = ia[j - 1];
                j--;
            }
            ia[j] = i;
        }
        return ia;
    }
}
