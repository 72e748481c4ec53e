package org.infobound.soundness;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, line slice ({@code src/test/resources/audit/false_line_pairs.claims}): 13 false claims
 * about TV, BC, H2, winrate between two different laws on the line (family, best-of-n, mixture,
 * tilt) and KL across families, each next to a true neighbour (mpmath values in the file). Before
 * this slice 5 of the 13 were FALSIFIED (TV and BC of normal against gumbel and TV of logistic
 * against pareto through CertifiedLineQuadrature, and two {@code D <= c} claims through the
 * one-sided quantized bound); after, all 13; no true neighbour FALSIFIED before or after.
 */
class AuditLinePairsCorpusTest {

    @Test
    void everyFalseClaimIsFalsifiedAndNoTrueNeighbour() {
        AuditLineCorpusTest.check("src/test/resources/audit/false_line_pairs.claims", 13, 12, 1.0);
    }
}
