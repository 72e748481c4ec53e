package org.infobound.num;

/**
 * Certified enclosure of {@code int_a^b f(x) dx} over a finite range by adaptive interval
 * quadrature: [a, b] is cut into pieces, the integral over each piece is enclosed (by
 * {@code width * f(piece)}, or, given a {@link DualFunction}, also by the mean-value form
 * {@code f(m) width + f'(piece) (R^2 - L^2)/2}), and the piece with the widest enclosure is
 * halved until the total width is at most {@code tol} or the piece budget is used up. The
 * result is the interval sum of the piece enclosures, so it is sound whatever the budget: a
 * budget that runs out gives a wider enclosure, never a narrower one.
 *
 * <p>Infinite ranges are the caller's job: integrate over a finite [a, b] and pass certified
 * enclosures of the two tails to {@link #integrate(IntervalFunction, double, double, Interval,
 * Interval, double)}. The function must enclose f on every sub-interval of [a, b]; an
 * {@link UndefinedValueException} from it propagates (e.g. {@code x log x} at 0 needs the
 * convention {@code 0 log 0 = 0} written into the function).
 *
 * <p>Reference: R. E. Moore, R. B. Kearfott, M. J. Cloud, Introduction to Interval Analysis,
 * SIAM 2009, ch. 9 (integration).
 */
public final class CertifiedQuadrature {

    /** Default largest number of pieces. */
    public static final int DEFAULT_MAX_PIECES = 1 << 12;

    private static final int INITIAL_PIECES = 8;

    private CertifiedQuadrature() {
    }

    /**
     * Enclosure of {@code int_a^b f}, naive piece form, default budget.
     *
     * Requires: f != null && Double.isFinite(a) && Double.isFinite(b) && a <= b && tol >= 0.
     * Ensures: result contains int_a^b f(x) dx.
     * Throws IllegalArgumentException when f == null || !Double.isFinite(a) || !Double.isFinite(b)
     *     || a > b || !(tol >= 0).
     */
    public static Interval integrate(IntervalFunction f, double a, double b, double tol) {
        requireFunction(f);
        return refine(PieceEnclosure.naive(f), a, b, tol, DEFAULT_MAX_PIECES);
    }

    /**
     * As {@link #integrate(IntervalFunction, double, double, double)} with a piece budget.
     *
     * Requires: maxPieces >= 1.
     */
    public static Interval integrate(IntervalFunction f, double a, double b, double tol, int maxPieces) {
        requireFunction(f);
        return refine(PieceEnclosure.naive(f), a, b, tol, maxPieces);
    }

    /**
     * {@code tailLeft + int_a^b f + tailRight}: the caller passes certified enclosures of the
     * integral over {@code (-inf, a]} and {@code [b, inf)} (or other outer ranges).
     *
     * Requires: tailLeft != null && tailRight != null.
     */
    public static Interval integrate(IntervalFunction f, double a, double b, Interval tailLeft,
            Interval tailRight, double tol) {
        if (tailLeft == null || tailRight == null) {
            throw new IllegalArgumentException("tail enclosures must not be null");
        }
        return tailLeft.add(integrate(f, a, b, tol)).add(tailRight);
    }

    /**
     * Enclosure of {@code int_a^b f} using the mean-value form where the derivative enclosure
     * (automatic differentiation) is defined; width shrinks like the cube of the piece width.
     *
     * Requires: f != null && Double.isFinite(a) && Double.isFinite(b) && a <= b && tol >= 0.
     */
    public static Interval integrateWithDerivative(DualFunction f, double a, double b, double tol) {
        if (f == null) {
            throw new IllegalArgumentException("integrand is null");
        }
        return refine(PieceEnclosure.meanValue(f), a, b, tol, DEFAULT_MAX_PIECES);
    }

    /**
     * As {@link #integrateWithDerivative(DualFunction, double, double, double)} with a piece budget.
     *
     * Requires: maxPieces >= 1.
     */
    public static Interval integrateWithDerivative(DualFunction f, double a, double b, double tol, int maxPieces) {
        if (f == null) {
            throw new IllegalArgumentException("integrand is null");
        }
        return refine(PieceEnclosure.meanValue(f), a, b, tol, maxPieces);
    }

    private static Interval refine(PieceEnclosure form, double a, double b, double tol, int maxPieces) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || a > b) {
            throw new IllegalArgumentException("need a finite range a <= b (pass tails for infinite"
                    + " ranges), got [" + a + ", " + b + "]");
        }
        if (!(tol >= 0) || maxPieces < 1) {
            throw new IllegalArgumentException("need tol >= 0 and maxPieces >= 1, got " + tol
                    + ", " + maxPieces);
        }
        if (a == b) {
            return Interval.ZERO;
        }
        Pieces pieces = new Pieces(form);
        int initial = Math.min(INITIAL_PIECES, maxPieces);
        double prev = a;
        for (int i = 1; i <= initial; i++) {
            double t = (double) i / initial;
            double next = i == initial ? b : Math.min(b, Math.max(prev, a * (1 - t) + b * t));
            pieces.add(prev, next);
            prev = next;
        }
        while (pieces.totalWidthExceeds(tol) && pieces.size() < maxPieces && pieces.splitWidest()) {
            // splitWidest refines one piece per round
        }
        return pieces.sum();
    }

    private static void requireFunction(IntervalFunction f) {
        if (f == null) {
            throw new IllegalArgumentException("integrand is null");
        }
    }
}
