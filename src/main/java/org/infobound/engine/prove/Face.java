package org.infobound.engine.prove;

/**
 * A monotonicity step: the partial derivative in {@code dim} has a certified sign on the cell
 * (as reduced by earlier faces), so the minimum of g lies on the face where that coordinate is
 * at its lower end ({@code upper == false}, derivative {@code >= 0}) or upper end.
 *
 * @param dim   the dimension fixed
 * @param upper true for the upper end (derivative {@code <= 0})
 */
public record Face(int dim, boolean upper) {
}
