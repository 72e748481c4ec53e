package org.infobound.math.discrete;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscreteLawTest {

    @TempDir
    Path dir;

    @Test
    void categoricalValidatesAndCopies() {
        double[] p = {0.25, 0.75};
        DiscreteLaw law = DiscreteLaw.categorical(p, new double[] {1, 2});
        p[0] = 0.5;
        assertEquals(0.25, law.probability(0), 0.0);
        assertFalse(law.isExact());
        assertThrows(IllegalArgumentException.class, () -> DiscreteLaw.categorical(new double[] {0.5, 0.6}, new double[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> DiscreteLaw.categorical(new double[] {-0.1, 1.1}, new double[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> DiscreteLaw.categorical(new double[] {Double.NaN, 1}, new double[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> DiscreteLaw.categorical(new double[] {1}, new double[] {Double.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> DiscreteLaw.categorical(new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> DiscreteLaw.categorical(new double[] {1}, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> DiscreteLaw.categorical((double[]) null, new double[1]));
        assertThrows(IllegalArgumentException.class, () -> law.probability(2));
        // within 1e-12 is accepted as given (no renormalisation), beyond is rejected
        assertEquals(0.5 + 5e-13, DiscreteLaw.categorical(new double[] {0.5 + 5e-13, 0.5}, new double[] {0, 1}).probability(0), 0.0);
        assertThrows(IllegalArgumentException.class, () -> DiscreteLaw.categorical(new double[] {0.5 + 5e-12, 0.5}, new double[] {0, 1}));
    }

    @Test
    void rationalLawsMustSumToExactlyOne() {
        DiscreteLaw law = DiscreteLaw.categorical(new BigFraction[] {new BigFraction(1, 3), new BigFraction(2, 3)},
                new double[] {0, 1});
        assertTrue(law.isExact());
        assertEquals(1.0 / 3, law.probability(0), 0.0);
        assertThrows(IllegalArgumentException.class, () -> DiscreteLaw.categorical(
                new BigFraction[] {new BigFraction(1, 3), new BigFraction(1, 3)}, new double[] {0, 1}));
        assertEquals(new BigFraction(1, 7), DiscreteLaw.bernoulli(new BigFraction(1, 7)).exactProbabilities()[1]);
        assertThrows(IllegalArgumentException.class, () -> DiscreteLaw.bernoulli(1.5));
    }

    @Test
    void rewardLawMergesEqualRewardsSorted() {
        DiscreteLaw law = DiscreteLaw.categorical(new BigFraction[] {new BigFraction(1, 10), new BigFraction(2, 10),
            new BigFraction(3, 10), new BigFraction(4, 10)}, new double[] {2, -0.0, 2, 0.0});
        DiscreteLaw levels = law.rewardLaw();
        assertArrayEquals(new double[] {0, 2}, levels.rewards(), 0.0);
        assertEquals(new BigFraction(3, 5), levels.exactProbabilities()[0]);
        assertEquals(new BigFraction(2, 5), levels.exactProbabilities()[1]);
    }

    @Test
    void empiricalFromCsvMergesEqualSamples() throws Exception {
        Path csv = write("reward\n\n0.5\n1.5\n0.5\n  \n-2\n");
        DiscreteLaw law = DiscreteLaw.empirical(csv);
        assertArrayEquals(new double[] {-2, 0.5, 1.5}, law.rewards(), 0.0);
        assertEquals(new BigFraction(1, 2), law.exactProbabilities()[1]);
    }

    @Test
    void empiricalReadsTheChosenColumn() throws Exception {
        // several columns: the samples' column is named (spec/LANGUAGE.md section 7.1)
        DiscreteLaw law = DiscreteLaw.empirical(write("id,score,other\na,1,x\nb,2,y\nc,2,z\n"), CsvColumn.named("score"));
        assertArrayEquals(new double[] {1, 2}, law.rewards(), 0.0);
        assertEquals(new BigFraction(2, 3), law.exactProbabilities()[1]);
    }

    @Test
    void badLinesNameTheirLineNumber() throws Exception {
        LawFormatException e = assertThrows(LawFormatException.class,
                () -> DiscreteLaw.empirical(write("x\n1\n2\nabc\n")));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("line 4: "), e.getMessage());
        assertEquals(3, assertThrows(LawFormatException.class,
                () -> DiscreteLaw.empirical(write("1\n\nNaN\n"))).line());
        assertEquals(2, assertThrows(LawFormatException.class,
                () -> DiscreteLaw.empirical(write("a,1\nb\n"), CsvColumn.at(2))).line());
        assertEquals(0, assertThrows(LawFormatException.class,
                () -> DiscreteLaw.empirical(write("header\n\n"))).line());
    }

    @Test
    void missingFileIsAFormatExceptionWithAClearMessage() {
        LawFormatException e = assertThrows(LawFormatException.class,
                () -> DiscreteLaw.empirical(dir.resolve("nope.csv")));
        assertEquals(0, e.line());
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    private Path write(String text) throws IOException {
        Path f = Files.createTempFile(dir, "law", ".csv");
        Files.writeString(f, text);
        return f;
    }
}
