package org.infobound.engine.run;

import java.nio.file.Path;
import java.util.Optional;
import org.infobound.lang.check.DataFileCheck;
import org.infobound.math.discrete.CsvColumn;
import org.infobound.math.discrete.EmpiricalSamples;
import org.infobound.math.discrete.LawFormatException;

/**
 * Plugs the math loader of {@code empirical("file.csv")} into the checker, so a bad line of a
 * data file is a diagnostic (E502) with its line number at check time, not a failure later.
 */
public final class EmpiricalFileCheck implements DataFileCheck {

    @Override
    public Optional<Problem> check(Path file) {
        return check(file, Column.AUTO);
    }

    @Override
    public Optional<Problem> check(Path file, Column column) {
        try {
            EmpiricalSamples.read(file, column.name() != null ? CsvColumn.named(column.name())
                    : column.index() > 0 ? CsvColumn.at(column.index()) : CsvColumn.AUTO);
            return Optional.empty();
        } catch (LawFormatException e) {
            return Optional.of(new Problem(e.line(), e.detail()));
        }
    }
}
