package org.infobound.lang.source;

/**
 * A half-open range {@code [start, end)} of character offsets (UTF-16 units) in a
 * {@link SourceFile}, with the 1-based line and column of {@code start} for convenience.
 * Every AST node and every diagnostic carries one.
 *
 * @param start  offset of the first character, {@code 0 <= start <= end}
 * @param end    offset one past the last character
 * @param line   1-based line of {@code start}
 * @param column 1-based column of {@code start}
 */
public record Span(int start, int end, int line, int column) {

    public Span {
        if (start < 0 || end < start || line < 1 || column < 1) {
            throw new IllegalArgumentException(
                    "bad span " + start + ".." + end + " at " + line + ":" + column);
        }
    }

    /** The smallest span covering {@code this} and {@code other} (position of the earlier one). */
    public Span to(Span other) {
        Span first = other.start < start ? other : this;
        return new Span(first.start, Math.max(end, other.end), first.line, first.column);
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
