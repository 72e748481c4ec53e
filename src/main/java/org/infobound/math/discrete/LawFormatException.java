package org.infobound.math.discrete;

/**
 * A reward-sample file could not be read as a law: a bad line (with its 1-based number), an
 * empty file, or a missing or unreadable file ({@link #line()} is 0 then).
 */
public final class LawFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * @param message what is wrong, in plain words
     * @param line the 1-based line number, or 0 when the problem is not on one line
     */
    public LawFormatException(String message, int line) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    /** The 1-based line number of the bad line, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
