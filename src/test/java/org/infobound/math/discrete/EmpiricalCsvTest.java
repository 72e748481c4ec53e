package org.infobound.math.discrete;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            out[i] = EmpiricalSamples.fraction(new java.math.BigDecimal(decimals[i]));
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
}
