package org.infobound.math.discrete;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.TreeMap;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV files of {@code empirical} (spec/LANGUAGE.md section 7.1): quoting, headers, the
 * column rule, decimal commas and line numbers. Expected values are the samples as written,
 * grouped by hand (e.g. 0.5, 0.25, 0.75 are three values of probability 1/3 each).
 */
class EmpiricalCsvTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path f = Files.createTempFile(dir, "s", ".csv");
        Files.writeString(f, text);
        return f;
    }

    private static BigFraction[] fr(String... decimals) {
        BigFraction[] out = new BigFraction[decimals.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = EmpiricalSamples.fraction(new BigDecimal(decimals[i]));
        }
        return out;
    }

    @Test
    void idRewardWithHeaderReadsTheRewardColumnNotTheIds() throws Exception {
        EmpiricalSamples s = EmpiricalSamples.read(write("id,reward\n1,0.5\n2,0.25\n3,\"0.75\"\n"));
        assertArrayEquals(fr("0.25", "0.5", "0.75"), s.values());
        assertArrayEquals(new BigFraction[] {new BigFraction(1, 3), new BigFraction(1, 3), new BigFraction(1, 3)},
                s.probs());
    }

    @Test
    void valueColumnAndQuotedHeaderFieldsWithCommas() throws Exception {
        EmpiricalSamples s = EmpiricalSamples.read(write("\"run, seed\",Value\n\"a, 1\",2\n\"b, 2\",2\n\"c, 3\",-1e-1\n"));
        assertArrayEquals(fr("-0.1", "2"), s.values());
        assertEquals(new BigFraction(2, 3), s.probs()[1]);
    }

    @Test
    void columnByNameOrByIndex() throws Exception {
        Path f = write("id;score;other\n1;0.5;x\n2;1.5;y\n");
        assertArrayEquals(fr("0.5", "1.5"), EmpiricalSamples.read(f, CsvColumn.named("score")).values());
        assertArrayEquals(fr("1", "2"), EmpiricalSamples.read(f, CsvColumn.at(1)).values());
        Path tabs = write("7\t0.125\n8\t0.125\n");
        assertArrayEquals(fr("0.125"), EmpiricalSamples.read(tabs, CsvColumn.at(2)).values());
    }

    @Test
    void severalColumnsWithoutAChoiceAreRefused() throws Exception {
        LawFormatException noHeader = assertThrows(LawFormatException.class,
                () -> EmpiricalSamples.read(write("1,0.5\n2,0.25\n")));
        assertEquals(1, noHeader.line());
        assertTrue(noHeader.detail().contains("column ="), noHeader.detail());
        LawFormatException noName = assertThrows(LawFormatException.class,
                () -> EmpiricalSamples.read(write("id,score\n1,0.5\n")));
        assertTrue(noName.detail().contains("none is called reward or value"), noName.detail());
        LawFormatException missing = assertThrows(LawFormatException.class,
                () -> EmpiricalSamples.read(write("id,score\n1,0.5\n"), CsvColumn.named("Score")));
        assertTrue(missing.detail().contains("did you mean \"score\""), missing.detail());
        assertThrows(LawFormatException.class,
                () -> EmpiricalSamples.read(write("1,0.5\n"), CsvColumn.named("reward")));
        assertThrows(LawFormatException.class, () -> EmpiricalSamples.read(write("1,0.5\n"), CsvColumn.at(3)));
    }

    @Test
    void decimalCommasAreRefusedWithAHint() throws Exception {
        LawFormatException quoted = assertThrows(LawFormatException.class,
                () -> EmpiricalSamples.read(write("reward\n0.5\n\"0,25\"\n")));
        assertEquals(3, quoted.line());
        assertTrue(quoted.detail().contains("write 0.25"), quoted.detail());
        LawFormatException semi = assertThrows(LawFormatException.class,
                () -> EmpiricalSamples.read(write("id;reward\n1;0,5\n"), CsvColumn.named("reward")));
        assertEquals(2, semi.line());
        assertTrue(semi.detail().contains("decimal comma"), semi.detail());
        LawFormatException split = assertThrows(LawFormatException.class,
                () -> EmpiricalSamples.read(write("reward\n\n0.5\n0,25\n")));
        assertEquals(4, split.line());
        assertTrue(split.detail().contains("decimal comma"), split.detail());
    }

    @Test
    void errorsNameTheLineAcrossBlankLinesAndQuotedNewlines() throws Exception {
        // the quoted note spans lines 2-3, so the bad sample is on line 5
        Path f = write("note,reward\n\"two\nlines\",1\n\nx,abc\n");
        LawFormatException e = assertThrows(LawFormatException.class, () -> EmpiricalSamples.read(f));
        assertEquals(5, e.line());
        assertTrue(e.detail().contains("(reward)"), e.detail());
        LawFormatException open = assertThrows(LawFormatException.class,
                () -> EmpiricalSamples.read(write("x\n1\n\"2\n")));
        assertEquals(3, open.line());
    }

    @Test
    void byteOrderMarkAndEqualDecimalsAreOneValue() throws Exception {
        EmpiricalSamples s = EmpiricalSamples.read(write("\uFEFFreward\n0.1\n0.10\n1e-1\n0.3\n"));
        assertArrayEquals(fr("0.1", "0.3"), s.values());
        assertEquals(new BigFraction(3, 4), s.probs()[0]);
    }

    /**
     * Long decimals survive exactly, equal rationals written differently are one value whether
     * their digits fit a long or not, and values that round to the same double stay apart in
     * exact order. Truth (python3 fractions, Counter(Fraction(x) for x in lines)):
     * -9223372036854775808 x1, -333..3/10^30 x1, 0 x2, 12345678901234567890123456789/10^29 x2,
     * 333..3/10^30 (30 threes) x2, 166..67/(5*10^29) (= 0.33..34) x1, 1 x3,
     * 9223372036854775807 x1, 9223372036854775808 x1 (the last two are both the double 2^63).
     */
    @Test
    void thirtyDigitDecimalsStayExactAndGroupAcrossForms() throws Exception {
        String third = "0." + "3".repeat(30);
        EmpiricalSamples s = EmpiricalSamples.read(write("reward\n" + third + "\n0." + "3".repeat(29) + "4\n"
                + third + "0\n-" + third + "\n1000000000000000000000000e-24\n1\n1.000\n"
                + "+12345678901234567890123456789e-29\n0.12345678901234567890123456789\n-0\n0e-5\n"
                + "9223372036854775807\n9223372036854775808\n-9223372036854775808\n"));
        BigInteger ten30 = BigInteger.TEN.pow(30);
        BigInteger threes = new BigInteger("3".repeat(30));
        BigFraction[] want = {
            new BigFraction(new BigInteger("-9223372036854775808")),
            new BigFraction(threes.negate(), ten30),
            BigFraction.ZERO,
            new BigFraction(new BigInteger("12345678901234567890123456789"),
                    BigInteger.TEN.pow(29)),
            new BigFraction(threes, ten30),
            new BigFraction(new BigInteger("1" + "6".repeat(28) + "7"),
                    BigInteger.valueOf(5).multiply(BigInteger.TEN.pow(29))),
            BigFraction.ONE,
            new BigFraction(BigInteger.valueOf(Long.MAX_VALUE)),
            new BigFraction(BigInteger.ONE.shiftLeft(63)),
        };
        assertArrayEquals(want, s.values());
        long[] counts = {1, 1, 2, 2, 2, 1, 3, 1, 1};
        for (int i = 0; i < counts.length; i++) {
            assertEquals(new BigFraction(counts[i], 14), s.probs()[i], "outcome " + i);
        }
        assertEquals(14, s.total());
        // the doubles are hints only: 0.33..3 and 0.33..34 share one, and so do 2^63 - 1 and 2^63
        double[] near = s.nearest();
        assertEquals(near[4], near[5]);
        assertEquals(0x1p63, near[7]);
        assertEquals(0x1p63, near[8]);
    }

    /**
     * Random decimals in many spellings (signs, leading and trailing zeros, exponents, up to 25
     * digits, neighbours 10^-22 below the last digit) against a plain oracle: every field read with
     * {@code new BigDecimal}, grouped and ordered by {@code compareTo} in a TreeMap.
     */
    @Test
    void randomSpellingsMatchABigDecimalOracle() throws Exception {
        Random rnd = new Random(13);
        TreeMap<BigDecimal, Long> oracle = new TreeMap<>();
        StringBuilder csv = new StringBuilder("value\n");
        for (int k = 0; k < 20000; k++) {
            StringBuilder digits = new StringBuilder();
            int len = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 25 : 6);
            for (int d = 0; d < len; d++) {
                digits.append((char) ('0' + rnd.nextInt(rnd.nextInt(3) == 0 ? 2 : 10)));
            }
            int point = rnd.nextInt(len + 1);
            String mant = digits.substring(0, point) + (point < len || rnd.nextBoolean() ? "." : "")
                    + digits.substring(point);
            if (mant.equals(".")) {
                mant = "0";
            }
            if (mant.contains(".") && rnd.nextInt(4) == 0) {
                mant += "000"; // trailing zeros: the same rational
            }
            String exp = rnd.nextInt(3) != 0 ? ""
                    : (rnd.nextBoolean() ? "e" : "E") + (rnd.nextBoolean() ? "-" : rnd.nextInt(4) == 0 ? "+" : "")
                    + rnd.nextInt(30);
            String text = (rnd.nextInt(3) == 0 ? "-" : rnd.nextInt(8) == 0 ? "+" : "") + mant + exp;
            if (exp.isEmpty() && mant.contains(".") && k % 10 == 0) {
                text += "0".repeat(21) + "1"; // a neighbour: the same double, another rational
            }
            csv.append(text).append('\n');
            oracle.merge(new BigDecimal(text.startsWith("+") ? text.substring(1) : text), 1L, Long::sum);
        }
        EmpiricalSamples s = EmpiricalSamples.read(write(csv.toString()));
        assertEquals(oracle.size(), s.size());
        int i = 0;
        for (var e : oracle.entrySet()) {
            BigDecimal v = e.getKey();
            BigFraction exact = v.scale() >= 0
                    ? new BigFraction(v.unscaledValue(), BigInteger.TEN.pow(v.scale()))
                    : new BigFraction(v.unscaledValue().multiply(BigInteger.TEN.pow(-v.scale())));
            assertEquals(exact, s.values()[i], "value " + i + " (" + v + ")");
            assertEquals(new BigFraction(e.getValue(), 20000), s.probs()[i], "count of " + v);
            i++;
        }
    }

    /**
     * Memory grows with the distinct values in a compact form, not one object graph per line:
     * 10^6 distinct 12-digit decimals are read in a child JVM limited to a 128 MB heap (the
     * reader before this form needed more than 160 MB and failed there). The child prints the
     * count, the extremes and the exact sum, which this test derives from the generator
     * (value i = (i * M mod 10^12) / 10^12, M coprime to 10, so all distinct).
     */
    @Test
    void aMillionDistinctLinesFitASmallHeap() throws Exception {
        int n = 1_000_000;
        long m = 7919L * 1000003L;
        long mod = 1_000_000_000_000L;
        Path f = dir.resolve("million.csv");
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        BigInteger sum = BigInteger.ZERO;
        long partial = 0;
        try (var out = Files.newBufferedWriter(f)) {
            out.write("reward\n");
            for (int i = 0; i < n; i++) {
                long r = i * m % mod; // i * m < 10^6 * 8 * 10^9 fits a long
                out.write(String.format("0.%012d%n", r));
                min = Math.min(min, r);
                max = Math.max(max, r);
                partial += r;
                if (partial > Long.MAX_VALUE / 4) {
                    sum = sum.add(BigInteger.valueOf(partial));
                    partial = 0;
                }
            }
        }
        sum = sum.add(BigInteger.valueOf(partial));
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                EmpiricalMemoryProbe.class.getName(), f.toString()).redirectErrorStream(true).start();
        String got = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), got);
        assertEquals(String.join("\n", String.valueOf(n), String.valueOf(n),
                new BigDecimal(BigInteger.valueOf(min), 12).stripTrailingZeros().toPlainString(),
                new BigDecimal(BigInteger.valueOf(max), 12).stripTrailingZeros().toPlainString(),
                new BigDecimal(sum, 12).stripTrailingZeros().toPlainString()) + "\n",
                got.replace("\r", ""));
    }
}
