package org.infobound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML page: evidence tables, escaping, and the sweep plot of the falsified equality. */
class HtmlReportTest {

    @TempDir
    Path dir;

    /** Binary entropy in nats. */
    private static double h(double q) {
        return -q * Math.log(q) - (1 - q) * Math.log1p(-q);
    }

    @Test
    void theSweepFollowsTheClosedFormsOfTheBinaryExample() throws Exception {
        CheckReport r = Fixtures.run(dir, "pair.claims", Fixtures.CLAIMS);
        ClaimResult eq = r.results().get(1);
        Verdict.Falsified f = (Verdict.Falsified) eq.verdict();
        SweepSeries s = Sweep.of(new ClaimSources().find(eq).orElseThrow(), f.counterexample()).orElseThrow();
        assertEquals("n", s.parameter());
        assertEquals(2.0, s.x0());
        assertTrue(s.xs().length >= 10);
        for (int i = 0; i < s.xs().length; i++) {
            double n = s.xs()[i];
            // spec/CATALOGUE.md, B-Ex: KL = log 2 - h(2^-n) for the binary uniform law;
            // the right side is log n - (n - 1)/n
            assertEquals(Math.log(2) - h(Math.pow(2, -n)), s.left()[i], 1e-12, "left at n = " + n);
            assertEquals(Math.log(n) - (n - 1) / n, s.right()[i], 1e-12, "right at n = " + n);
        }
        assertEquals(Fixtures.KL_BINARY_N2, s.left0(), 1e-15);
        assertEquals(Fixtures.KLBON_2, s.right0(), 1e-15);
    }

    @Test
    void withoutANumberToSweepTheMassOfTheFirstOutcomeMoves() throws Exception {
        CheckReport r = Fixtures.run(dir, "pinsker.claims", "claim wrong_constant forall p, q in dist(2..2):\n"
                + "    TV(p, q) <= sqrt(KL(p || q) / 4)\n  expect falsified\n");
        ClaimResult c = r.results().get(0);
        Verdict.Falsified f = (Verdict.Falsified) c.verdict();
        double q1 = InputText.list(f.counterexample().inputs().get("q")).get(0).doubleValue();
        SweepSeries s = Sweep.of(new ClaimSources().find(c).orElseThrow(), f.counterexample()).orElseThrow();
        assertEquals("p(outcome 1)", s.parameter());
        assertEquals(41, s.xs().length);
        for (int i = 0; i < s.xs().length; i++) {
            double t = s.xs()[i];
            // p = (t, 1 - t) against q = (q1, 1 - q1): TV = |t - q1|, KL = t log(t/q1) + (1 - t) log((1 - t)/(1 - q1))
            double kl = (t == 0 ? 0 : t * Math.log(t / q1)) + (t == 1 ? 0 : (1 - t) * Math.log((1 - t) / (1 - q1)));
            assertEquals(Math.abs(t - q1), s.left()[i], 1e-12, "TV at t = " + t);
            assertEquals(Math.sqrt(kl / 4), s.right()[i], 1e-7, "sqrt(KL/4) at t = " + t);
        }
    }

    @Test
    void thePageEmbedsTheEvidenceAndAReadablePlot() throws Exception {
        String html = Fixtures.render(ReportFormat.HTML.listener(ReportOptions.defaults()),
                Fixtures.run(dir, "pair.claims", Fixtures.CLAIMS));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<td><code>p</code></td><td><code>[1/2, 1/2]</code></td>"), html);
        assertTrue(html.contains("<code>KL(bon(p, n) || p) == klbon(n)</code>"));
        assertTrue(html.contains("[0.13081203594"), "left enclosure of the reference value 0.130812...");
        assertFalse(html.contains("src=\"http"), "self-contained: no external resources");
        Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        assertTrue(m.find(), "one embedded plot");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
        assertEquals(720, img.getWidth());
        assertEquals(400, img.getHeight());
        assertFalse(m.find(), "only the falsified claim has a plot");
    }

    @Test
    void claimTextIsEscapedAndProofStepsListed() {
        String html = Fixtures.render((r, out) -> HtmlReport.write(r, out, false), Fixtures.mixed());
        assertTrue(html.contains("<li><code>n = 1: [0, 0] &lt;= [0, 0]</code></li>"), html);
        assertTrue(html.contains("undefined at instance: 0 * inf"));
        assertFalse(html.contains("data:image/png"));
        String err = Fixtures.render((r, out) -> HtmlReport.write(r, out, false), Fixtures.withError());
        assertTrue(err.contains("unknown name &#39;nn&#39;"), err);
    }
}
