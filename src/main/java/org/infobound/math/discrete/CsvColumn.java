package org.infobound.math.discrete;

/**
 * Which column of a CSV file holds the samples of {@code empirical} (spec/LANGUAGE.md
 * section 7.1): by header name ({@code column = "reward"}), by 1-based index
 * ({@code column = 2}), or {@link #AUTO}: the only column, else the header column named
 * {@code reward} or {@code value}; any other file with several columns must name one.
 *
 * @param name  the header name, or null
 * @param index the 1-based index, or 0 when not chosen by index
 */
public record CsvColumn(String name, int index) {

    /** No choice written: the rule of the class comment. */
    public static final CsvColumn AUTO = new CsvColumn(null, 0);

    public CsvColumn {
        if (name != null && index != 0 || index < 0) {
            throw new IllegalArgumentException("a column is chosen by name or by a 1-based index");
        }
    }

    /** The column whose header is {@code name}. */
    public static CsvColumn named(String name) {
        return new CsvColumn(Checks.nonNull(name, "name"), 0);
    }

    /** The {@code index}-th column, counting from 1. */
    public static CsvColumn at(int index) {
        if (index < 1) {
            throw new IllegalArgumentException("columns count from 1, got " + index);
        }
        return new CsvColumn(null, index);
    }

    /** True when no column was chosen. */
    public boolean auto() {
        return name == null && index == 0;
    }

    /** As written in a claim: {@code column = "reward"} or {@code column = 2}. */
    @Override
    public String toString() {
        return auto() ? "auto" : name != null ? "column = \"" + name + "\"" : "column = " + index;
    }
}
