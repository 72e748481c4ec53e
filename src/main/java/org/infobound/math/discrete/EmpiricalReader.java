package org.infobound.math.discrete;

import java.io.IOException;
import java.math.BigDecimal;
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

    /** The samples rounded to the nearest double (the float route's view; see {@link #readExact}). */
    static double[] read(Path csv) throws LawFormatException {
        BigDecimal[] exact = readExact(csv);
        double[] out = new double[exact.length];
        for (int i = 0; i < exact.length; i++) {
            out[i] = exact[i].doubleValue();
        }
        return out;
    }

    /**
     * The samples exactly as written (a decimal literal is an exact rational: {@code 0.1} is
     * 1/10, not the double nearest to it). A sample whose magnitude lies outside the double range
     * (non-zero but below {@code Double.MIN_VALUE}, or above {@code Double.MAX_VALUE}) is an error
     * with its line number, as are non-numbers, decimal commas and non-finite values.
     */
    static BigDecimal[] readExact(Path csv) throws LawFormatException {
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
        BigDecimal[] out = new BigDecimal[lines.size()];
        int count = 0;
        int column = -1;
        int width = -1;
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
            if (width < 0) {
                width = fields.length;
            } else if (width == 1 && fields.length > 1) {
                // a one-column file whose later line splits: most likely a decimal comma (1,5)
                throw new LawFormatException("more than one field in a one-column file (a decimal comma? write "
                        + "1.5, not 1,5): '" + line + "'", i + 1);
            }
            if (column >= fields.length) {
                throw new LawFormatException("missing column " + (column + 1) + ": '" + line + "'",
                        i + 1);
            }
            String text = fields[column].strip();
            BigDecimal v = parse(fields[column]);
            if (v == null) {
                if (NON_FINITE.matcher(unquote(text)).matches()) {
                    throw new LawFormatException("reward must be finite, got '" + text + "'", i + 1);
                }
                throw new LawFormatException("not a number in column " + (column + 1) + ": '"
                        + text + "'", i + 1);
            }
            double d = v.doubleValue();
            if (Double.isInfinite(d) || d == 0 && v.signum() != 0) {
                throw new LawFormatException("reward outside the double range (magnitude above "
                        + Double.MAX_VALUE + " or below " + Double.MIN_VALUE + "), got '" + text + "'", i + 1);
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
            if (parse(fields[j]) != null || NON_FINITE.matcher(unquote(fields[j].strip())).matches()) {
                return j;
            }
        }
        return -1;
    }

    /** The exact decimal value of a field, or null when it is not a finite decimal number. */
    private static BigDecimal parse(String field) {
        String f = unquote(field.strip());
        if (DECIMAL.matcher(f).matches()) {
            try {
                return new BigDecimal(f.startsWith("+") ? f.substring(1) : f);
            } catch (NumberFormatException e) {
                return null; // exponent beyond int range
            }
        }
        return null;
    }

    private static String unquote(String f) {
        if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
            return f.substring(1, f.length() - 1).strip();
        }
        return f;
    }

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE =
            Pattern.compile("(?i)[+-]?(inf|infinity|nan)");
}
