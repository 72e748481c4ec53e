package org.infobound.math.discrete;

/**
 * The outcomes sorted by (key, index) and the groups of equal keys, without per-outcome
 * objects: a stable LSD radix sort (16-bit digits) of order-preserving 64-bit images of the
 * keys, skipped entirely when the keys are already non-decreasing.
 */
final class RewardOrder {

    /** Sorted position j holds outcome perm[j]; null means the identity. */
    final int[] perm;
    /** Group g covers sorted positions starts[g] .. starts[g+1]-1; length groupCount()+1. */
    final int[] starts;

    private RewardOrder(int[] perm, int[] starts) {
        this.perm = perm;
        this.starts = starts;
    }

    static RewardOrder of(double[] keys) {
        int k = keys.length;
        boolean sorted = true;
        for (int i = 1; i < k && sorted; i++) {
            sorted = keys[i - 1] <= keys[i];
        }
        int[] perm = sorted ? null : argsort(keys);
        int[] tmp = new int[k + 1];
        int groups = 0;
        for (int j = 0; j < k; j++) {
            if (j == 0 || keys[at(perm, j)] != keys[at(perm, j - 1)]) {
                tmp[groups++] = j;
            }
        }
        tmp[groups] = k;
        return new RewardOrder(perm, java.util.Arrays.copyOf(tmp, groups + 1));
    }

    int at(int j) {
        return at(perm, j);
    }

    int groupCount() {
        return starts.length - 1;
    }

    int groupStart(int g) {
        return starts[g];
    }

    private static int at(int[] perm, int j) {
        return perm == null ? j : perm[j];
    }

    private static int[] argsort(double[] keys) {
        int k = keys.length;
        long[] a = new long[k];
        long[] b = new long[k];
        int[] ia = new int[k];
        int[] ib = new int[k];
        for (int i = 0; i < k; i++) {
            long bits = Double.doubleToLongBits(keys[i] + 0.0);
            a[i] = (bits ^ ((bits >> 63) & Long.MAX_VALUE)) ^ Long.MIN_VALUE;
            ia[i] = i;
        }
        int[] count = new int[1 << 16];
        for (int shift = 0; shift < 64; shift += 16) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < k; i++) {
                count[(int) (a[i] >>> shift) & 0xFFFF]++;
            }
            if (count[(int) (a[0] >>> shift) & 0xFFFF] == k) {
                continue;
            }
            int sum = 0;
            for (int d = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < k; i++) {
                int pos = count[(int) (a[i] >>> shift) & 0xFFFF]++;
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
}
