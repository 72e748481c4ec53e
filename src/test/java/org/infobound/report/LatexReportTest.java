package org.infobound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LaTeX table: one escaped row per claim, enclosures of the counterexample, the seed. */
class LatexReportTest {

    @TempDir
    Path dir;

    @Test
    void specialCharactersAreEscaped() {
        assertEquals("KL(bon(p, n) \\textbar{}\\textbar{} p) \\textless{}= a\\_b\\^{}2 \\& 50\\%",
                LatexReport.escape("KL(bon(p, n) || p) <= a_b^2 & 50%"));
    }

    @Test
    void theFalsifiedEqualityRowShowsItsCounterexample() throws Exception {
        String tex = Fixtures.render(LatexReport::write, Fixtures.run(dir, "pair.claims", Fixtures.CLAIMS));
        String row = tex.lines().filter(l -> l.startsWith("\\texttt{equality}")).findFirst().orElseThrow();
        assertTrue(row.contains("\\texttt{KL(bon(p, n) \\textbar{}\\textbar{} p) == klbon(n)}"), row);
        assertTrue(row.contains("\\textbf{\\textsc{falsified}}"), row);
        assertTrue(row.contains("n = 2, p = [1/2, 1/2]"), row);
        // reference value 0.130812... (spec/CATALOGUE.md, B-Ex) inside the left enclosure
        assertTrue(row.contains("left $\\in [0.1308120359411"), row);
        assertTrue(row.endsWith("\\\\"), row);
        assertTrue(tex.contains("seed 7"), tex);
        assertEquals(1, tex.lines().filter(l -> l.equals("\\begin{tabular}{@{}p{0.17\\linewidth}p{0.33\\linewidth}lp{0.32\\linewidth}@{}}")).count());
        assertTrue(tex.strip().endsWith("\\end{table}"));
    }
}
