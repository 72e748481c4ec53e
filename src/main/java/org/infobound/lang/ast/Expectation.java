package org.infobound.lang.ast;

import java.util.Locale;
import java.util.Optional;

/** The verdict a claim expects ({@code expect proved | holds | falsified | open}), spec/CHECK.md, "Verdicts" */
public enum Expectation {
    PROVED, HOLDS, FALSIFIED, OPEN;

    /** The keyword as written in a claims file. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the keyword, case-sensitive. */
    public static Optional<Expectation> fromWord(String word) {
        for (Expectation e : values()) {
            if (e.word().equals(word)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
