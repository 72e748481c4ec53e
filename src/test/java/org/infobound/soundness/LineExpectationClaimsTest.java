package org.infobound.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.CheckRun;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.Settings;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, brief expect6: {@code E(p, X)} on the line has a two-sided certified value, so false
 * claims are FALSIFIED on both sides, and their true neighbours are not. Truths (closed forms or
 * mpmath, mp.dps = 40, see CertifiedLineMeanTest): E_N(0,1) X^2 = 1, X^4 = 3, X^3 - X = 0;
 * tilt(normal(0,1), 1) = normal(1, 1) has mean 1; E X^2 of bon(normal(0,1), 4) =
 * 1.5513288954217920495; exponential(2): E X^3 = 0.75; laplace(0,1): E|X| = 1; pareto(1, 1/2):
 * E 1/(1+X) = 1 - pi/4 = 0.21460183660255169; mix(normal(0,1), exponential(1), 1/4): E X^2 = 1.25;
 * E min(X, 1) = -npdf(1) + 1 - ncdf(1) = -0.083315470587686298; pareto(1, 2): E X^2 = +inf;
 * exponential(1): E e^(2X) = +inf; gumbel(0,1): E e^(-X) = Gamma(2) = 1; normal(0,1):
 * E log(1 + X^2) = 0.53345317984413483 (mpmath quad). {@code sqrt(r + 9)} is undefined below -9,
 * where normal(0,1) has mass: no verdict either way (u1, u2).
 */
class LineExpectationClaimsTest {

    @TempDir
    Path dir;

    private CheckReport run(String text) throws Exception {
        Path f = dir.resolve("e.claims");
        Files.writeString(f, text);
        return CheckRun.run(List.of(f), new Settings(1, 50, 0, 1, 500, false));
    }

    @Test
    void falseClaimsAreFalsifiedAndTrueNeighboursAreNot() throws Exception {
        CheckReport r = run("""
                claim f1: E(normal(0,1), r^2) >= 1.1
                claim f2: E(normal(0,1), r^2) <= 0.9
                claim f4: E(tilt(normal(0,1), 1), r) <= 0.5
                claim f5: E(normal(0,1), r^3 - r) >= 1
                claim f6: E(bon(normal(0,1), 4), r^2) <= 0.5
                claim f10: E(pareto(1, 1/2), 1/(1+r)) >= 0.2147
                claim f12: E(normal(0,1), min(r, 1)) <= -0.0834
                claim f13: E(gumbel(0,1), exp(-r)) >= 1.001
                claim f14: E(normal(0,1), log(1 + r^2)) >= 0.5335
                claim t1: E(normal(0,1), r^2) >= 0.9999
                claim t2: E(normal(0,1), r^2) <= 1.0001
                claim t5: E(normal(0,1), r^3 - r) <= 0.0001
                claim t6: E(bon(normal(0,1), 4), r^2) >= 1.5512
                claim t10: E(pareto(1, 1/2), 1/(1+r)) <= 0.2147
                claim t13: E(pareto(1, 2), r^2) >= 1000
                claim t14: E(exponential(1), exp(2 * r)) >= 10^6
                claim t15: E(gumbel(0,1), exp(-r)) <= 1.0001
                claim t16: E(normal(0,1), log(1 + r^2)) <= 0.5335
                claim u1: E(normal(0,1), sqrt(r + 9)) >= 100
                claim u2: E(normal(0,1), sqrt(r + 9)) <= 0
                """);
        assertEquals(0, r.internalErrors());
        assertEquals(20, r.results().size());
        for (ClaimResult c : r.results()) {
            if (c.name().startsWith("f")) {
                assertEquals(VerdictKind.FALSIFIED, c.verdict().kind(), c.name() + ": " + c.verdict());
            } else {
                assertNotEquals(VerdictKind.FALSIFIED, c.verdict().kind(), c.name() + ": " + c.verdict());
                if (c.name().startsWith("u")) {
                    assertNotEquals(VerdictKind.PROVED, c.verdict().kind(), c.name() + ": " + c.verdict());
                }
            }
        }
    }
}
