package org.infobound.math.discrete;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hipparchus.fraction.BigFraction;

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
     * The distinct samples, in increasing exact order, and how often each occurs. A value is
     * held in a compact exact form: an unscaled integer and a decimal scale (value = unscaled *
     * 10^-scale), canonical (no trailing zero digits in the unscaled part, 0 is 0 * 10^0), so two
     * samples equal as rationals have the same form; the unscaled part is a {@code long} when it
     * fits, else the bytes of a {@link BigInteger}. Nothing is rounded: {@link #nearest} is a search hint only.
     */
    static final class Tally {
        private final long[] unscaled;
        private final int[] scale;
        private final byte[][] big; // null, or big[i] != null where the unscaled part is not a long
        private final double[] nearest;
        private final long[] counts;
        private final long total;

        private Tally(long[] unscaled, int[] scale, byte[][] big, double[] nearest, long[] counts, long total) {
            this.unscaled = unscaled;
            this.scale = scale;
            this.big = big;
            this.nearest = nearest;
            this.counts = counts;
            this.total = total;
        }

        /** The number of distinct values. */
        int size() {
            return counts.length;
        }

        /** The number of samples. */
        long total() {
            return total;
        }

        /** How many samples equal the i-th value. */
        long count(int i) {
            return counts[i];
        }

        /** The i-th value, exactly. */
        BigDecimal value(int i) {
            return big != null && big[i] != null ? new BigDecimal(new BigInteger(big[i]), scale[i])
                    : BigDecimal.valueOf(unscaled[i], scale[i]);
        }

        /** The i-th value as an exact fraction. */
        BigFraction fraction(int i) {
            BigInteger u = big != null && big[i] != null ? new BigInteger(big[i]) : BigInteger.valueOf(unscaled[i]);
            int s = scale[i];
            return s >= 0 ? new BigFraction(u, EmpiricalSamples.tenTo(s))
                    : new BigFraction(u.multiply(EmpiricalSamples.tenTo(-s)));
        }

        /** The double nearest the i-th value (a search hint; distinct values may share one). */
        double nearest(int i) {
            return nearest[i];
        }
    }

    private static Tally read(CSVParser parser, Path csv, CsvColumn column, char delimiter)
            throws LawFormatException {
        // one entry per distinct exact value, in primitive arrays: repeated samples cost a hash
        // look-up, and memory grows with the distinct values: about 30 bytes each when the
        // digits fit a long, plus about 40 for a longer one
        Distinct seen = new Distinct();
        Decimal dec = new Decimal();
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
            if (!dec.parse(text)) {
                BigDecimal v = parse(text); // the reference grammar, for what the fast path leaves
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
                dec.set(v, text);
            }
            count++;
            if (seen.increment(dec)) {
                continue;
            }
            double d = dec.nearest();
            if (Double.isInfinite(d) || d == 0 && dec.signum() != 0) {
                throw new LawFormatException("reward outside the double range (magnitude above "
                        + Double.MAX_VALUE + " or below " + Double.MIN_VALUE + "), got '" + text + "'", lineNo);
            }
            seen.add(dec, d + 0.0);
        }
        if (count == 0) {
            throw new LawFormatException("no samples in " + csv, 0);
        }
        return seen.sorted(count);
    }

    /**
     * A decimal in canonical compact form: {@code unscaled * 10^-scale}, the unscaled part with
     * no trailing zero digit (0 is 0 * 10^0): a long when it fits ({@code big == null}), else
     * {@code big} holds it as {@link BigInteger#toByteArray} (two's complement, big-endian).
     */
    static final class Decimal {
        long unscaled;
        int scale;
        byte[] big;
        private String text; // the field parsed last (for the nearest double of a big value)
        private char[] digits = new char[64];

        /**
         * Parses {@code f} when it is a decimal of the grammar of {@link #DECIMAL} with an
         * exponent below 10^8 in magnitude; false leaves the field to {@link #parse} (the
         * reference path). Accepting only what that grammar accepts, with the same value, is
         * what matters.
         */
        boolean parse(String f) {
            int n = f.length();
            int i = 0;
            if (n == 0) {
                return false;
            }
            char c = f.charAt(0);
            boolean negative = c == '-';
            if (c == '+' || c == '-') {
                i++;
            }
            int len = 0; // significant digits, from the first non-zero one
            long s = 0;
            boolean any = false;
            while (i < n && (c = f.charAt(i)) >= '0' && c <= '9') {
                if (len > 0 || c != '0') {
                    push(len++, c);
                }
                any = true;
                i++;
            }
            if (i < n && f.charAt(i) == '.') {
                i++;
                while (i < n && (c = f.charAt(i)) >= '0' && c <= '9') {
                    if (len > 0 || c != '0') {
                        push(len++, c);
                    }
                    s++;
                    any = true;
                    i++;
                }
            }
            if (!any) {
                return false;
            }
            if (i < n && ((c = f.charAt(i)) == 'e' || c == 'E')) {
                i++;
                boolean minus = false;
                if (i < n && ((c = f.charAt(i)) == '+' || c == '-')) {
                    minus = c == '-';
                    i++;
                }
                long e = 0;
                boolean expDigits = false;
                while (i < n && (c = f.charAt(i)) >= '0' && c <= '9') {
                    if (e > 100_000_000L) {
                        return false; // a huge exponent: the reference path decides
                    }
                    e = e * 10 + (c - '0');
                    expDigits = true;
                    i++;
                }
                if (!expDigits) {
                    return false;
                }
                s = minus ? s + e : s - e;
            }
            if (i != n) {
                return false;
            }
            while (len > 0 && digits[len - 1] == '0') {
                len--;
                s--;
            }
            if (len == 0) {
                s = 0;
            }
            if (s < Integer.MIN_VALUE || s > Integer.MAX_VALUE) {
                return false;
            }
            scale = (int) s;
            text = f;
            if (len <= 18) {
                long u = 0;
                for (int k = 0; k < len; k++) {
                    u = u * 10 + (digits[k] - '0');
                }
                unscaled = negative ? -u : u;
                big = null;
            } else {
                BigInteger u = new BigInteger(new String(digits, 0, len));
                setUnscaled(negative ? u.negate() : u);
            }
            return true;
        }

        private void push(int at, char c) {
            if (at == digits.length) {
                digits = Arrays.copyOf(digits, Math.multiplyExact(at, 2));
            }
            digits[at] = c;
        }

        /** Sets this to the exact value of {@code v}, in canonical form. */
        void set(BigDecimal v, String f) {
            text = f;
            if (v.signum() == 0) {
                unscaled = 0;
                scale = 0;
                big = null;
                return;
            }
            BigDecimal t = v.stripTrailingZeros();
            scale = t.scale();
            setUnscaled(t.unscaledValue());
        }

        private void setUnscaled(BigInteger u) {
            if (u.bitLength() < 64) {
                unscaled = u.longValue();
                big = null;
            } else {
                unscaled = 0;
                big = u.toByteArray();
            }
        }

        int signum() {
            return big != null ? (big[0] < 0 ? -1 : 1) : Long.signum(unscaled);
        }

        /** The double nearest this value (correctly rounded, so monotone in the value). */
        double nearest() {
            if (big != null) {
                // Java's decimal grammar contains the field's, and parseDouble rounds correctly
                return Double.parseDouble(text);
            }
            return nearest(unscaled, scale);
        }

        static double nearest(long u, int s) {
            if (u == 0) {
                return 0.0;
            }
            if (Math.abs(u) < (1L << 53)) {
                // u and 10^|s| (|s| <= 22) are exact doubles: one correctly rounded operation
                if (s == 0) {
                    return u;
                } else if (s > 0 && s < POW10.length) {
                    return u / POW10[s];
                } else if (s < 0 && -s < POW10.length) {
                    return u * POW10[-s];
                }
            }
            return BigDecimal.valueOf(u, s).doubleValue();
        }

        private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
            1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    }

    /**
     * The distinct values seen so far and their counts: an open-addressing hash on primitive
     * arrays (a value whose unscaled part is not a long keeps it as a byte array).
     */
    private static final class Distinct {
        private long[] unscaled = new long[256];
        private int[] scale = new int[256];
        private double[] nearest = new double[256];
        private long[] counts = new long[256];
        private byte[][] big; // created at the first value whose unscaled part is not a long
        private int n;
        private int[] table = new int[512]; // 1 + index of a value, 0 for an empty slot

        /** Counts one more sample equal to {@code d}; false when {@code d} is new (not counted). */
        boolean increment(Decimal d) {
            int mask = table.length - 1;
            for (int h = hash(d) & mask; ; h = (h + 1) & mask) {
                int at = table[h] - 1;
                if (at < 0) {
                    return false;
                }
                if (scale[at] == d.scale && unscaled[at] == d.unscaled
                        && (d.big == null ? big == null || big[at] == null
                                : big != null && Arrays.equals(big[at], d.big))) {
                    counts[at]++;
                    return true;
                }
            }
        }

        /** Adds the new value {@code d}, seen once. */
        void add(Decimal d, double near) {
            if (n == counts.length) {
                int cap = Math.multiplyExact(n, 2);
                unscaled = Arrays.copyOf(unscaled, cap);
                scale = Arrays.copyOf(scale, cap);
                nearest = Arrays.copyOf(nearest, cap);
                counts = Arrays.copyOf(counts, cap);
                if (big != null) {
                    big = Arrays.copyOf(big, cap);
                }
            }
            int at = n++;
            unscaled[at] = d.unscaled;
            scale[at] = d.scale;
            nearest[at] = near;
            counts[at] = 1;
            if (d.big != null) {
                if (big == null) {
                    big = new byte[counts.length][];
                }
                big[at] = d.big;
            }
            if (2 * n > table.length) {
                table = new int[Math.multiplyExact(table.length, 2)];
                for (int i = 0; i < n; i++) {
                    insert(i);
                }
            } else {
                insert(at);
            }
        }

        private void insert(int at) {
            int mask = table.length - 1;
            int h = hash(unscaled[at], scale[at], big == null ? null : big[at]) & mask;
            while (table[h] != 0) {
                h = (h + 1) & mask;
            }
            table[h] = at + 1;
        }

        private static int hash(Decimal d) {
            return hash(d.unscaled, d.scale, d.big);
        }

        private static int hash(long u, int s, byte[] b) {
            long k = b == null ? u : Arrays.hashCode(b);
            long x = (k ^ ((long) s << 32 | s & 0xffffffffL) * 0x9E3779B97F4A7C15L) * 0xC2B2AE3D27D4EB4FL;
            return (int) (x ^ x >>> 29 ^ x >>> 47);
        }

        private BigDecimal value(int i) {
            return big != null && big[i] != null ? new BigDecimal(new BigInteger(big[i]), scale[i])
                    : BigDecimal.valueOf(unscaled[i], scale[i]);
        }

        /** Exact order of values i and j: by nearest double (monotone), ties broken exactly. */
        private int compare(int i, int j) {
            int c = Double.compare(nearest[i], nearest[j]);
            if (c != 0) {
                return c;
            }
            boolean bi = big != null && big[i] != null;
            boolean bj = big != null && big[j] != null;
            if (!bi && !bj && scale[i] == scale[j]) {
                return Long.compare(unscaled[i], unscaled[j]);
            }
            return value(i).compareTo(value(j));
        }

        /** The distinct values in increasing order, with their counts. */
        Tally sorted(long total) {
            table = null;
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // bottom-up merge sort of the indices (stable, no boxing)
            int[] tmp = new int[n];
            for (int width = 1; width < n; width *= 2) {
                for (int lo = 0; lo < n; lo += 2 * width) {
                    int mid = Math.min(lo + width, n);
                    int hi = Math.min(lo + 2 * width, n);
                    int a = lo;
                    int b = mid;
                    int k = lo;
                    while (a < mid && b < hi) {
                        tmp[k++] = compare(order[a], order[b]) <= 0 ? order[a++] : order[b++];
                    }
                    while (a < mid) {
                        tmp[k++] = order[a++];
                    }
                    while (b < hi) {
                        tmp[k++] = order[b++];
                    }
                }
                int[] swap = order;
                order = tmp;
                tmp = swap;
            }
            tmp = null;
            long[] u = new long[n];
            int[] s = new int[n];
            double[] near = new double[n];
            long[] c = new long[n];
            byte[][] b = big == null ? null : new byte[n][];
            for (int i = 0; i < n; i++) {
                int j = order[i];
                u[i] = unscaled[j];
                s[i] = scale[j];
                near[i] = nearest[j];
                c[i] = counts[j];
                if (b != null) {
                    b[i] = big[j];
                }
            }
            for (int i = 1; i < n; i++) {
                if (compare(order[i - 1], order[i]) >= 0) {
                    throw new IllegalStateException("CSV values not distinct after grouping");
                }
            }
            return new Tally(u, s, b, near, c, total);
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
