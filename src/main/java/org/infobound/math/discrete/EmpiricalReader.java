package org.infobound.math.discrete;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads reward samples from a CSV file (one number per line, or the first numeric column of the
 * first data line). A first non-blank line without any number is a header; blank lines are
 * skipped. Fields are separated by commas, semicolons or tabs.
 */
final class EmpiricalReader {

    private EmpiricalReader() {
    }

    static double[] read(Path csv) throws LawFormatException {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LawFormatException("file not found: " + csv, 0);
        } catch (MalformedInputException e) {
            throw new LawFormatException("file is not UTF-8 text: " + csv, 0);
        } catch (IOException | SecurityException e) {
            throw new LawFormatException("cannot read " + csv + ": " + e.getMessage(), 0);
        }
        double[] out = new double[lines.size()];
        int count = 0;
        int column = -1;
        boolean seenNonBlank = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("[,;\t]", -1);
            if (column < 0) {
                column = firstNumeric(fields);
                if (column < 0) {
                    if (!seenNonBlank) {
                        seenNonBlank = true;
                        continue;
                    }
                    throw new LawFormatException("no number on this line: '" + line + "'", i + 1);
                }
            }
            seenNonBlank = true;
            if (column >= fields.length) {
                throw new LawFormatException("missing column " + (column + 1) + ": '" + line + "'",
                        i + 1);
            }
            Double v = parse(fields[column]);
            if (v == null) {
                throw new LawFormatException("not a number in column " + (column + 1) + ": '"
                        + fields[column].strip() + "'", i + 1);
            }
            if (!Double.isFinite(v)) {
                throw new LawFormatException("reward must be finite, got '" + fields[column].strip()
                        + "'", i + 1);
            }
            out[count++] = v;
        }
        if (count == 0) {
            throw new LawFormatException("no samples in " + csv, 0);
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private static int firstNumeric(String[] fields) {
        for (int j = 0; j < fields.length; j++) {
            if (parse(fields[j]) != null) {
                return j;
            }
        }
        return -1;
    }

    private static Double parse(String field) {
        String f = field.strip();
        if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
            f = f.substring(1, f.length() - 1).strip();
        }
        if (DECIMAL.matcher(f).matches()) {
            return Double.valueOf(f);
        }
        return NON_FINITE.matcher(f).matches() ? Double.NaN : null;
    }

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE =
            Pattern.compile("(?i)[+-]?(inf|infinity|nan)");
}
