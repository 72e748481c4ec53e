package org.infobound.engine.falsify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.infobound.engine.eval.Input.IntInput;

/**
 * Integers in lo..hi, exact and of any size: ends, 1, 2 and near-ends first, then small and
 * log-uniform values. An infinite end is explored up to {@link #INF_CAP} from the other end (or
 * from 0). Ranges inside +-2^62 take a long fast path; larger ones the same draws in BigInteger.
 */
final class IntGen {

    /** How far beyond an infinite end's anchor values are drawn. */
    static final long INF_CAP = 1_000_000_000L;

    private static final BigInteger CAP = BigInteger.valueOf(INF_CAP);
    private static final BigInteger SMALL = BigInteger.valueOf(1L << 62);

    private IntGen() {
    }

    /** The finite lower end the search uses: lo, or (hi or 0) minus the cap. */
    static BigInteger lowEnd(Dom.Ints d) {
        if (d.lo() != null) {
            return d.lo();
        }
        return (d.hi() == null ? BigInteger.ZERO : d.hi().min(BigInteger.ZERO)).subtract(CAP);
    }

    /** The edge values of the last range asked for (ranges repeat from draw to draw). */
    private static volatile Edges lastEdges;

    /** A range's ends and its edge values (a final class, not a record: see {@link #edges}). */
    private static final class Edges {
        final BigInteger lo;
        final BigInteger hi;
        final List<BigInteger> values;

        Edges(BigInteger lo, BigInteger hi, List<BigInteger> values) {
            this.lo = lo;
            this.hi = hi;
            this.values = values;
        }
    }

    /**
     * The edge values of {@code d} (an unmodifiable list, the same for equal ranges). The ends are
     * compared directly: a record's equals goes through an invokedynamic method handle, which a
     * short C1-only run calls slowly.
     */
    static List<BigInteger> edges(Dom.Ints d) {
        Edges e = lastEdges;
        if (e != null && java.util.Objects.equals(e.lo, d.lo()) && java.util.Objects.equals(e.hi, d.hi())) {
            return e.values;
        }
        List<BigInteger> out = List.copyOf(computeEdges(d));
        lastEdges = new Edges(d.lo(), d.hi(), out);
        return out;
    }

    private static List<BigInteger> computeEdges(Dom.Ints d) {
        List<BigInteger> out = new ArrayList<>();
        BigInteger lo = lowEnd(d);
        BigInteger hi = d.hi() != null ? d.hi() : lo.max(CAP);
        BigInteger one = BigInteger.ONE;
        BigInteger two = BigInteger.TWO;
        for (BigInteger v : new BigInteger[] {lo, lo.add(one), lo.add(two), one, two, hi, hi.subtract(one),
            hi.subtract(two)}) {
            if (v.compareTo(lo) >= 0 && v.compareTo(hi) <= 0 && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    static IntInput draw(Dom.Ints d, Rng rng, boolean edge) {
        if (edge) {
            return new IntInput(rng.pick(edges(d)));
        }
        BigInteger lo = lowEnd(d);
        BigInteger hi = d.hi() != null ? d.hi() : lo.add(CAP);
        if (lo.abs().compareTo(SMALL) < 0 && hi.abs().compareTo(SMALL) < 0) {
            // the historical draw: values up to lo + INF_CAP
            return new IntInput(drawLong(lo.longValue(), Math.min(hi.longValue(), lo.longValue() + INF_CAP), rng));
        }
        BigInteger span = hi.subtract(lo);
        if (rng.chance(0.5) || span.compareTo(BigInteger.valueOf(20)) <= 0) {
            return new IntInput(lo.add(rng.upTo(span.min(BigInteger.valueOf(20)))));
        }
        // log-uniform offset: a uniform bit length, then a uniform offset of that length
        int bits = rng.nextInt(span.bitLength() + 1);
        BigInteger off = rng.bits(bits);
        return new IntInput(lo.add(off.min(span)));
    }

    /** The long fast path (the historical draw), for ranges inside +-2^62. */
    private static long drawLong(long lo, long hi, Rng rng) {
        if (rng.chance(0.5) || hi - lo <= 20) {
            return rng.nextLong(lo, Math.min(hi, lo + 20));
        }
        double span = (double) (hi - lo) + 1;
        long off = (long) Math.floor(Math.exp(rng.nextDouble() * Math.log(span))) - 1;
        return Math.min(hi, lo + Math.max(0, off));
    }
}
