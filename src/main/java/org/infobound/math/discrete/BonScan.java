package org.infobound.math.discrete;

/**
 * The one pass over sorted groups behind every best-of-n quantity (M-Def5, catalogue 5.5).
 *
 * <p>For a group with mass m and cumulative mass F (all groups up to and including it), the
 * best-of-n mass is {@code w = F^n - (F - m)^n}, computed as
 * {@code exp(n log F) * (-expm1(n x))} with {@code x = log1p(-m / F) = log(F-/F)} (never as a
 * difference of powers). When {@code y = n x <= -log 2} there is no cancellation and w is taken
 * as {@code F^n - (F-)^n} with both powers from {@code exp(n log F)}, the lower one being reused
 * as the next group's {@code F^n}: one exponential per group.
 *
 * <p>Groups are visited from the top: {@code log F} starts at 0 and each group adds its x
 * (compensated summation; all terms have one sign, so the relative error stays a few ulps),
 * saving one logarithm per group. F itself comes from the tail sum above the group while that is
 * below half the total and from the prefix sum otherwise, so {@code m / F} is accurate at both
 * ends. Sums are compensated and normalised by the computed total (within the validation
 * tolerance of 1). Cross-checked against the certified interval pmf (exact rational F and m) for
 * n up to 1e9 in CertifiedDiscreteTest.
 */
final class BonScan {

    private static final double LN2 = Math.log(2);

    private BonScan() {
    }

    /**
     * Returns {@code KL(bon || p) = sum_g [w log(w/m) - w + m] + (1 - sum p)} (non-negative
     * Bregman terms; the best-of-n law sums to 1) and, when {@code out} is non-null, writes the
     * best-of-n pmf in sorted order into it.
     *
     * @param ps probabilities in sorted order
     * @param keys sorted keys (equal keys form one group), or null: every outcome is its own group
     */
    static double scan(double[] ps, double[] keys, long n, double[] out) {
        if (ps.length >= PARALLEL_FROM) {
            return scanChunked(ps, keys, n, out, CHUNK, java.util.concurrent.ForkJoinPool.commonPool());
        }
        return scanSequential(ps, keys, n, out);
    }

    /** Laws with at least this many outcomes are scanned in chunks over the cores. */
    static final int PARALLEL_FROM = 1 << 17;
    /** Outcomes per chunk (fixed: the chunks, and so the result, never depend on the cores). */
    static final int CHUNK = 1 << 15;

    /** The one-pass scan of {@link #scan} on the calling thread (laws below {@link #PARALLEL_FROM}). */
    static double scanSequential(double[] ps, double[] keys, long n, double[] out) {
        int k = ps.length;
        double[] prefix = new double[k + 1];
        double s = 0.0;
        double c = 0.0;
        for (int j = 0; j < k; j++) {
            double v = ps[j];
            double t = s + v;
            c += s >= v ? (s - t) + v : (v - t) + s;
            s = t;
            prefix[j + 1] = s + c;
        }
        double total = prefix[k];
        double half = 0.5 * total;
        double nd = (double) n;
        double kl = walk(ps, keys, out, nd, total, half, 0, k, 0.0, 0.0, 0.0, prefix, 0, 0.0, 0.0);
        return kl + (1.0 - total);
    }

    /**
     * The group step shared by both scans: the outcomes {@code lo..hi-1} from the top, each group of
     * tied keys one level, starting with the compensated mass above {@code hi} ({@code tail},
     * {@code tailC}) and {@code log F} at {@code hi} ({@code -inf}: not yet known). The mass below
     * position {@code to} is {@code belowS + (below[to - off] + belowC)} (the sequential scan: its
     * prefix array with offset 0 and no base). Returns the KL terms of these levels and fills
     * {@code out} for them.
     */
    private static double walk(double[] ps, double[] keys, double[] out, double nd, double total, double half,
            int lo, int hi, double tail, double tailC, double logF, double[] below, int off, double belowS,
            double belowC) {
        double logFC = 0.0;
        double powF = 1.0;
        double kl = 0.0;
        int to = hi;
        while (to > lo) {
            int from = to - 1;
            double mass = ps[from];
            if (keys != null) {
                double key = keys[from];
                while (from > lo && keys[from - 1] == key) {
                    mass += ps[--from];
                }
            }
            if (mass > 0) {
                double above = tail + tailC;
                // total * F, from the tail while that is below half the total, else the prefix
                double totalF = above <= half ? total - above : belowS + (below[to - off] + belowC);
                if (logF == Double.NEGATIVE_INFINITY) {
                    logF = Math.log(totalF / total);
                    logFC = 0.0;
                    powF = Math.exp(nd * logF);
                }
                double x = log1p(-Math.min(1.0, mass / totalF));
                double t = logF + x;
                logFC = x == Double.NEGATIVE_INFINITY ? 0.0
                        : logFC + (logF <= x ? (logF - t) + x : (x - t) + logF);
                logF = t;
                double y = nd * x;
                double powBelow = Math.exp(nd * (logF + logFC));
                double w = y <= -LN2 ? powF - powBelow : powF * -Math.expm1(y);
                powF = powBelow;
                kl += bregman(w, mass);
                if (out != null) {
                    double rho = w / mass;
                    for (int j = from; j < to; j++) {
                        out[j] = keys == null ? w : ps[j] * rho;
                    }
                }
                double u = tail + mass;
                tailC += tail >= mass ? (tail - u) + mass : (mass - u) + tail;
                tail = u;
            } else if (out != null) {
                for (int j = from; j < to; j++) {
                    out[j] = 0.0;
                }
            }
            to = from;
        }
        return kl;
    }

    /**
     * The scan of {@link #scan} in chunks of about {@code chunk} outcomes (each boundary moved down
     * to the start of its group, so no group is split), run on {@code pool}. Pass 1, per chunk:
     * compensated prefix sums inside the chunk and the chunk's mass. Between the passes, on the
     * calling thread, in chunk order: compensated (double-double) sums of the chunk masses below
     * and above each chunk. Pass 2, per chunk from its top: the same group step as the sequential
     * scan, with {@code log F} started at the chunk's top as {@code log(F / total)} (instead of
     * carried from the chunk above), F from the mass above while that is at most half the total
     * and from the mass below otherwise, exactly as in the sequential scan. The chunks' KL terms are
     * added in chunk order. Every chunk's work depends only on the law and the chunk, never on
     * which thread runs it or how many there are: the result is the same to the last bit for
     * any pool (it can differ from {@link #scanSequential} in the last bits, within the same
     * error bound: a few ulps per group).
     */
    static double scanChunked(double[] ps, double[] keys, long n, double[] out, int chunk,
            java.util.concurrent.ForkJoinPool pool) {
        int k = ps.length;
        int[] bounds = chunkBounds(keys, k, chunk);
        int chunks = bounds.length - 1;
        double[] local = new double[k];
        double[] chunkS = new double[chunks];
        double[] chunkC = new double[chunks];
        forEach(pool, chunks, c -> {
            double s = 0.0;
            double cc = 0.0;
            for (int j = bounds[c]; j < bounds[c + 1]; j++) {
                double v = ps[j];
                double t = s + v;
                cc += s >= v ? (s - t) + v : (v - t) + s;
                s = t;
                local[j] = s + cc;
            }
            chunkS[c] = s;
            chunkC[c] = cc;
        });
        // mass below each chunk (base) and above it, as unevaluated sums s + c
        double[] baseS = new double[chunks];
        double[] baseC = new double[chunks];
        double s = 0.0;
        double cc = 0.0;
        for (int c = 0; c < chunks; c++) {
            baseS[c] = s;
            baseC[c] = cc;
            double[] r = twoSum(s, chunkS[c]);
            s = r[0];
            cc += r[1] + chunkC[c];
        }
        double total = s + cc;
        double[] aboveS = new double[chunks];
        double[] aboveC = new double[chunks];
        s = 0.0;
        cc = 0.0;
        for (int c = chunks - 1; c >= 0; c--) {
            aboveS[c] = s;
            aboveC[c] = cc;
            double[] r = twoSum(s, chunkS[c]);
            s = r[0];
            cc += r[1] + chunkC[c];
        }
        double half = 0.5 * total;
        double nd = (double) n;
        double[] klPart = new double[chunks];
        forEach(pool, chunks, c -> {
            double logF = c == chunks - 1 ? 0.0 : Double.NEGATIVE_INFINITY;
            // the mass below position to (to > lo) is baseS + (local[to - 1] + baseC)
            double kl = walk(ps, keys, out, nd, total, half, bounds[c], bounds[c + 1], aboveS[c], aboveC[c], logF,
                    local, 1, baseS[c], baseC[c]);
            klPart[c] = kl;
        });
        double kl = 0.0;
        for (int c = 0; c < chunks; c++) {
            kl += klPart[c];
        }
        return kl + (1.0 - total);
    }

    /** Chunk boundaries 0 = b0 < b1 < ... < k, each moved down to the start of its group of equal keys. */
    static int[] chunkBounds(double[] keys, int k, int chunk) {
        int[] b = new int[k / chunk + 2];
        int m = 0;
        b[m++] = 0;
        for (long at = chunk; at < k; at += chunk) {
            int j = (int) at;
            while (keys != null && j > 0 && keys[j - 1] == keys[j]) {
                j--;
            }
            if (j > b[m - 1]) {
                b[m++] = j;
            }
        }
        b[m++] = k;
        return java.util.Arrays.copyOf(b, m);
    }

    private static double[] twoSum(double a, double b) {
        double t = a + b;
        return new double[] {t, a >= b ? (a - t) + b : (b - t) + a};
    }

    /**
     * Runs {@code body} for 0..count-1 and waits: inline when {@code pool} is null, else as a
     * parallel stream in {@code pool} (the common pool: the calling thread takes part).
     */
    private static void forEach(java.util.concurrent.ForkJoinPool pool, int count,
            java.util.function.IntConsumer body) {
        if (pool == null || count == 1) {
            for (int c = 0; c < count; c++) {
                body.accept(c);
            }
            return;
        }
        Runnable all = () -> java.util.stream.IntStream.range(0, count).parallel().forEach(body);
        if (pool == java.util.concurrent.ForkJoinPool.commonPool()) {
            all.run();
            return;
        }
        try {
            pool.submit(all).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable t = e.getCause();
            throw t instanceof RuntimeException r ? r : new IllegalStateException(t);
        }
    }

    /**
     * {@code log1p(x)} for x in [-1, 0] by Goldberg's identity {@code log(u) * x / (u - 1)} with
     * u = 1 + x (D. Goldberg, "What every computer scientist should know about floating-point
     * arithmetic", 1991, Theorem 4: relative error below 5 ulps for a faithful log): one
     * intrinsic {@code Math.log} instead of the slower {@code Math.log1p} in this hot loop.
     */
    static double log1p(double x) {
        double u = 1.0 + x;
        if (u == 1.0) {
            return x;
        }
        return u == 0.0 ? Double.NEGATIVE_INFINITY : Math.log(u) * (x / (u - 1.0));
    }

    /** {@code w log(w/m) - w + m >= 0} with the series near w = m (see Terms#bregman). */
    private static double bregman(double w, double m) {
        if (w == 0) {
            return m;
        }
        double ratio = w / m;
        if (Math.abs(ratio - 1.0) <= 0.125) {
            return m * Terms.seriesB((w - m) / m);
        }
        double log = ratio >= Double.MIN_NORMAL ? Math.log(ratio) : Math.log(w) - Math.log(m);
        return w * log - w + m;
    }
}
