package org.infobound.math.discrete;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads reward samples from a CSV file with Apache Commons CSV (spec/LANGUAGE.md, "Data
 * files"). Fields may be quoted ({@code "0.5"}, {@code "a, b"}); the delimiter is the comma,
 * semicolon or tab that occurs most often on the first non-blank line (a comma when none does).
 * The first non-blank record is a header when none of its fields is a number. Blank lines are
 * skipped; every other record has as many fields as the first. The column is chosen by
 * {@link CsvColumn}. Errors carry the 1-based line of the record where it starts.
 *
 * <p>A decimal comma ({@code 0,5}) is never read as a number: inside one field (quoted, or with
 * semicolons as delimiter) it is refused with a hint, and unquoted in a comma-separated file it
 * splits the line into more fields than the header has, which is refused with the same hint.
 */
final class EmpiricalReader {

    private EmpiricalReader() {
    }

    /**
     * The samples of the chosen column exactly as written (a decimal literal is an exact
     * rational: {@code 0.1} is 1/10, not the double nearest to it). A sample whose magnitude lies
     * outside the double range (non-zero but below {@code Double.MIN_VALUE}, or above
     * {@code Double.MAX_VALUE}) is an error with its line number, as are non-numbers, decimal
     * commas and non-finite values.
     */
    static Tally readExact(Path csv, CsvColumn column) throws LawFormatException {
        try (BufferedReader in = open(csv)) {
            char delimiter = delimiter(in);
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true)
                    .setTrim(true)
                    .build();
            try (CSVParser parser = CSVParser.parse(in, format)) {
                return read(parser, csv, column, delimiter);
            }
        } catch (NoSuchFileException e) {
            throw new LawFormatException("file not found: " + csv, 0);
        } catch (AccessDeniedException e) {
            throw new LawFormatException("cannot read " + csv + ": permission denied", 0);
        } catch (CharacterCodingException e) {
            throw new LawFormatException("file is not UTF-8 text: " + csv, 0);
        } catch (IOException | SecurityException e) {
            throw new LawFormatException("cannot read " + csv + ": " + e.getMessage(), 0);
        }
    }

    private static BufferedReader open(Path csv) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(csv), decoder), 1 << 16);
        in.mark(1);
        if (in.read() != '\uFEFF') { // a byte-order mark is not part of the first field
            in.reset();
        }
        return in;
    }

    /** The delimiter most frequent (outside quotes) on the first non-blank line; the stream is reset. */
    private static char delimiter(BufferedReader in) throws IOException {
        in.mark(1 << 20);
        String line;
        int read = 0;
        char best = ',';
        while ((line = in.readLine()) != null && (read += line.length() + 1) < (1 << 20)) {
            if (line.isBlank()) {
                continue;
            }
            int[] n = new int[3];
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    if (ch == ',') {
                        n[0]++;
                    } else if (ch == ';') {
                        n[1]++;
                    } else if (ch == '\t') {
                        n[2]++;
                    }
                }
            }
            best = n[1] > n[0] && n[1] >= n[2] ? ';' : n[2] > n[0] && n[2] > n[1] ? '\t' : ',';
            break;
        }
        in.reset();
        return best;
    }

    /**
     * The distinct samples and how often each occurs.
     *
     * @param values the distinct exact values, increasing (equal as rationals is one value)
     * @param counts how many samples equal each value
     * @param total  the number of samples
     */
    record Tally(BigDecimal[] values, long[] counts, long total) {
    }

    private static Tally read(CSVParser parser, Path csv, CsvColumn column, char delimiter)
            throws LawFormatException {
        // one entry per distinct field text: a text is parsed and checked once, at its first
        // line, so repeated samples cost a hash look-up and memory grows with the distinct ones
        Map<String, Sample> byText = new HashMap<>();
        long count = 0;
        int width = -1;
        int col = -1;
        List<String> header = null;
        Iterator<CSVRecord> it = parser.iterator();
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord r;
            try {
                if (!it.hasNext()) {
                    break;
                }
                r = it.next();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw new LawFormatException("file is not UTF-8 text: " + csv, 0);
                }
                throw new LawFormatException("not valid CSV (an unclosed quote?): "
                        + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), (int) line);
            } catch (IllegalStateException e) {
                throw new LawFormatException("not valid CSV (an unclosed quote?): " + e.getMessage(), (int) line);
            }
            int lineNo = (int) Math.min(line, Integer.MAX_VALUE);
            if (r.size() == 1 && r.get(0).isEmpty()) {
                continue; // a blank line
            }
            if (width < 0) {
                width = r.size();
                if (!anyNumber(r)) {
                    header = r.toList();
                    col = choose(column, header, width, lineNo);
                    continue;
                }
                col = choose(column, null, width, lineNo);
            }
            if (r.size() != width) {
                String text = String.join(String.valueOf(delimiter), r.toList());
                throw new LawFormatException(r.size() + " fields where " + (header != null ? "the header has "
                        : "the first line has ") + width + ": '" + text + "'"
                        + (delimiter == ',' && r.size() > width ? " (a decimal comma? write 1.5, not 1,5)" : ""),
                        lineNo);
            }
            String text = r.get(col);
            Sample seen = byText.get(text);
            if (seen != null) {
                seen.count++;
                count++;
                continue;
            }
            BigDecimal v = parse(text);
            if (v == null) {
                if (NON_FINITE.matcher(text).matches()) {
                    throw new LawFormatException("reward must be finite, got '" + text + "'", lineNo);
                }
                if (DECIMAL_COMMA.matcher(text).matches()) {
                    throw new LawFormatException("decimal comma in '" + text + "': write "
                            + text.replace(',', '.') + ", with a decimal point", lineNo);
                }
                throw new LawFormatException("not a number in column " + (col + 1)
                        + (header != null ? " (" + header.get(col) + ")" : "") + ": '" + text + "'", lineNo);
            }
            double d = v.doubleValue();
            if (Double.isInfinite(d) || d == 0 && v.signum() != 0) {
                throw new LawFormatException("reward outside the double range (magnitude above "
                        + Double.MAX_VALUE + " or below " + Double.MIN_VALUE + "), got '" + text + "'", lineNo);
            }
            byText.put(text, new Sample(v, d));
            count++;
        }
        if (count == 0) {
            throw new LawFormatException("no samples in " + csv, 0);
        }
        Sample[] sorted = byText.values().toArray(new Sample[0]);
        byText = null;
        // rounding to the nearest double is monotone: doubles order the values, exact
        // comparison only breaks ties between values that round alike; texts equal as
        // rationals (0.1, 0.10, 1e-1) end up next to each other and are one value
        Arrays.sort(sorted, (a, b) -> a.nearest != b.nearest ? Double.compare(a.nearest, b.nearest)
                : a.value.compareTo(b.value));
        BigDecimal[] values = new BigDecimal[sorted.length];
        long[] counts = new long[sorted.length];
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (distinct > 0 && sorted[i].value.compareTo(values[distinct - 1]) == 0) {
                counts[distinct - 1] += sorted[i].count;
            } else {
                values[distinct] = sorted[i].value;
                counts[distinct++] = sorted[i].count;
            }
        }
        values = Arrays.copyOf(values, distinct);
        counts = Arrays.copyOf(counts, distinct);
        return new Tally(values, counts, count);
    }

    /** One distinct sample text: its exact value, its nearest double, its count. */
    private static final class Sample {
        final BigDecimal value;
        final double nearest;
        long count = 1;

        Sample(BigDecimal value, double nearest) {
            this.value = value;
            this.nearest = nearest + 0.0;
        }
    }

    /** The 0-based column to read, or a clear error naming the choices. */
    private static int choose(CsvColumn c, List<String> header, int width, int line) throws LawFormatException {
        String names = header == null ? "" : " (" + String.join(", ", header) + ")";
        String how = "choose one with column = \"name\" or column = k (counting from 1)";
        if (c.index() > 0) {
            if (c.index() > width) {
                throw new LawFormatException("column = " + c.index() + ", but the file has " + width
                        + (width == 1 ? " column" : " columns") + names, line);
            }
            return c.index() - 1;
        }
        if (c.name() != null) {
            if (header == null) {
                throw new LawFormatException("column = \"" + c.name() + "\" needs a header line, and the first line"
                        + " holds numbers: choose the column with column = k (counting from 1)", line);
            }
            int at = header.indexOf(c.name());
            if (at < 0) {
                List<String> folded = new ArrayList<>();
                header.forEach(h -> folded.add(h.toLowerCase(Locale.ROOT)));
                int near = folded.indexOf(c.name().toLowerCase(Locale.ROOT));
                throw new LawFormatException("no column \"" + c.name() + "\" in the header" + names
                        + (near >= 0 ? "; did you mean \"" + header.get(near) + "\"?" : ""), line);
            }
            if (header.lastIndexOf(c.name()) != at) {
                throw new LawFormatException("two columns are called \"" + c.name() + "\"" + names
                        + ": choose one with column = k (counting from 1)", line);
            }
            return at;
        }
        if (width == 1) {
            return 0;
        }
        if (header == null) {
            throw new LawFormatException(width + " columns and no header: " + how
                    + " (if these are decimal commas, write 1.5, not 1,5)", line);
        }
        int found = -1;
        for (int j = 0; j < width; j++) {
            String h = header.get(j).toLowerCase(Locale.ROOT);
            if (h.equals("reward") || h.equals("value")) {
                if (found >= 0) {
                    throw new LawFormatException("both \"" + header.get(found) + "\" and \"" + header.get(j)
                            + "\" could hold the samples: " + how, line);
                }
                found = j;
            }
        }
        if (found < 0) {
            throw new LawFormatException(width + " columns" + names + " and none is called reward or value: "
                    + how, line);
        }
        return found;
    }

    private static boolean anyNumber(CSVRecord r) {
        for (String f : r) {
            if (parse(f) != null || NON_FINITE.matcher(f).matches() || DECIMAL_COMMA.matcher(f).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The exact decimal value of a field, or null when it is not a finite decimal number. */
    private static BigDecimal parse(String f) {
        if (DECIMAL.matcher(f).matches()) {
            try {
                return new BigDecimal(f.startsWith("+") ? f.substring(1) : f);
            } catch (NumberFormatException e) {
                return null; // exponent beyond int range
            }
        }
        return null;
    }

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DECIMAL_COMMA =
            Pattern.compile("[+-]?\\d*,\\d+([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE =
            Pattern.compile("(?i)[+-]?(inf|infinity|nan)");
}
