package org.infobound.soundness;


import org.junit.jupiter.api.Test;

/**
 * The exact-parameter audit corpus of issue 14 part B ({@code src/test/resources/audit/params_line.claims}):
 * 39 false claims about family laws on the line whose exact parameters are not doubles, tiny or
 * huge ({@code false_...}, mpmath values in comments) and 11 true near misses ({@code true_...}),
 * most within one ulp of a parameter. Before this change none of the 39 was FALSIFIED (34
 * UNCONFIRMED: "parameter 1/3 is not a double"; 5 SURVIVED); every one must be FALSIFIED, no
 * true one FALSIFIED, no ERROR, no false claim PROVED.
 */
class AuditParamsCorpusTest {

    @Test
    void falseClaimsAreFalsifiedAndTrueOnesNever() {
        AuditLineCorpusTest.check("src/test/resources/audit/params_line.claims", 39, 11, 1.0);
    }
}
