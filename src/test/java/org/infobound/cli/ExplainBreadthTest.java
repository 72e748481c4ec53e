package org.infobound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 part B: explain for claims that are not proved, and for claims PROVED by exhaustion. */
class ExplainBreadthTest extends CliTestBase {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path p = dir.resolve("x.claims");
        Files.writeString(p, text);
        return p;
    }

    /**
     * E(max of n fair coins) = 1 - 2^-n >= 1/2 for n >= 1 (math); the prover has no route, the
     * finite domain n in 1..20 is decided by certified exhaustion of its 20 instances.
     */
    @Test
    void exhaustionIsShown() throws Exception {
        Path f = file("claim exh\n  forall n in 1..20:\n    E(bon(bernoulli(0.5), n)) >= 0.5\n");
        assertEquals(0, run("explain", f.toString(), "exh"), err.toString());
        assertTrue(out.toString().contains("PROVED by certified exhaustion"), out.toString());
        assertTrue(out.toString().contains("certified exhaustion of 20 instances"), out.toString());
    }

    /**
     * TV^2 <= chi2 / 4 is true (2 TV = sum |p_i - q_i| <= sqrt(sum (p_i - q_i)^2 / q_i), Cauchy-
     * Schwarz with sum q_i = 1) but not proved in this rearranged form (the library states 4 TV^2 <=
     * chi2 and TV <= sqrt(chi2) / 2, spec/library/classical.claims, which ARE proved since issue 15):
     * explain names an established theorem instance
     * (Pinsker, Le Cam, ...) and the subgoal left open. (KL <= chi2 and then H2 <= KL, the former examples, are PROVED
     * since issue 15: KL <= log(1 + chi2) <= chi2, proofs/theorems/joint_range.md section 3, and
     * H2 <= D_1/2 <= D_1 = KL with the Renyi order 1/2 as middle term, section 5.)
     */
    @Test
    void closestAttemptIsShown() throws Exception {
        Path f = file("claim bh\n  forall p, q in dist(2..10):\n    TV(p, q)^2 <= chi2(p || q) / 4\n");
        assertEquals(1, run("explain", f.toString(), "bh"), err.toString());
        String o = out.toString();
        assertTrue(o.contains("not proved"), o);
        assertTrue(o.contains("closest attempts"), o);
        assertTrue(o.contains("open subgoal"), o);
    }
}
