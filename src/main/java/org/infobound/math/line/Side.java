package org.infobound.math.line;

/** A side of the line, for tails: left {@code (-inf, a]} or right {@code [b, inf)}. */
enum Side {
    LEFT,
    RIGHT;

    /** The reflected variable {@code y}: {@code x} on the right, {@code -x} on the left. */
    double reflect(double x) {
        return this == RIGHT ? x : -x;
    }
}
