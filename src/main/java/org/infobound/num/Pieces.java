package org.infobound.num;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/** The working set of {@link CertifiedQuadrature}: pieces ordered by enclosure width. */
final class Pieces {

    /** A piece [u, v] with the enclosure of the integral over it. */
    private static final class Piece {
        final double u;
        final double v;
        final Interval integral;
        final double width;

        Piece(double u, double v, Interval integral) {
            this.u = u;
            this.v = v;
            this.integral = integral;
            this.width = integral.width();
        }
    }

    private final PieceEnclosure form;
    private final PriorityQueue<Piece> open = new PriorityQueue<>((p, q) -> Double.compare(q.width, p.width));
    private final List<Piece> done = new ArrayList<>();
    private double finiteWidth;
    private int infinitePieces;

    Pieces(PieceEnclosure form) {
        this.form = form;
    }

    void add(double u, double v) {
        Piece p = new Piece(u, v, form.enclose(u, v));
        account(p, 1);
        open.add(p);
    }

    int size() {
        return open.size() + done.size();
    }

    /** The width sum is kept incrementally and recomputed before reporting "done". */
    boolean totalWidthExceeds(double tol) {
        if (infinitePieces > 0 || finiteWidth > tol) {
            return true;
        }
        finiteWidth = 0;
        open.forEach(p -> finiteWidth += p.width);
        done.forEach(p -> finiteWidth += p.width);
        return finiteWidth > tol;
    }

    /** Halves the widest piece; false when no piece can be split any more. */
    boolean splitWidest() {
        while (!open.isEmpty()) {
            Piece p = open.poll();
            double m = Interval.of(p.u, p.v).mid();
            if (p.width == 0 || m <= p.u || m >= p.v) {
                done.add(p);
                continue;
            }
            account(p, -1);
            add(p.u, m);
            add(m, p.v);
            return true;
        }
        return false;
    }

    Interval sum() {
        Interval total = Interval.ZERO;
        for (Piece p : done) {
            total = total.add(p.integral);
        }
        for (Piece p : open) {
            total = total.add(p.integral);
        }
        return total;
    }

    private void account(Piece p, int sign) {
        if (Double.isInfinite(p.width)) {
            infinitePieces += sign;
        } else {
            finiteWidth += sign * p.width;
        }
    }
}
