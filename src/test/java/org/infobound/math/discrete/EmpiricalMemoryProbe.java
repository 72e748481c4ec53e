package org.infobound.math.discrete;

import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmpiricalCsvTest}: reads a one-column CSV with the reader of
 * {@code empirical} and prints the number of distinct values, of samples, the least and the
 * greatest value and the exact sum of the distinct values (plain decimals, one per line).
 */
public final class EmpiricalMemoryProbe {

    private EmpiricalMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        EmpiricalReader.Tally t = EmpiricalReader.readExact(Path.of(args[0]), CsvColumn.AUTO);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < t.size(); i++) {
            sum = sum.add(t.value(i));
        }
        System.out.println(t.size());
        System.out.println(t.total());
        System.out.println(t.value(0).stripTrailingZeros().toPlainString());
        System.out.println(t.value(t.size() - 1).stripTrailingZeros().toPlainString());
        System.out.println(sum.stripTrailingZeros().toPlainString());
    }
}
