package org.infobound.soundness;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, line slice ({@code src/test/resources/audit/false_line_pairs.claims}): 13 false claims
 * about TV, BC, H2, winrate between two different laws on the line (family, best-of-n, mixture,
 * tilt) and KL across families, each next to a true neighbour (mpmath values in the file). Before
 * this slice 4 of the 14 were FALSIFIED (the TV and BC of two family laws that
 * CertifiedLineQuadrature already covered, and the one-sided quantized bounds that can refute
 * {@code D <= c}); after, all 14; no true neighbour FALSIFIED before or after.
 */
class AuditLinePairsCorpusTest {

    @Test
    void everyFalseClaimIsFalsifiedAndNoTrueNeighbour() {
        AuditLineCorpusTest.check("src/test/resources/audit/false_line_pairs.claims", 13, 12, 1.0);
    }
}
