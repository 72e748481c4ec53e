package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The certificate checker's tiling check of a one-dimensional numeric step is the verified
 * kernel IntervalTiling and nothing else: a stub kernel that accepts everything lets a
 * certificate with a duplicated (overlapping) leaf through, one that rejects everything makes a valid
 * certificate fail; the real kernel accepts the valid one and rejects the tampered one.
 */
class TilingKernelTest {

    private static ProofCertificate oneDimensional() {
        for (String name : new String[] {"bon_kl_bound", "harmonic_upper", "bon_gain"}) {
            ProofResult r;
            try {
                r = Targets.prove(name);
            } catch (RuntimeException e) {
                continue;
            }
            if (r.proved()) {
                ProofCertificate c = r.certificate().get();
                for (ProofStep s : c.steps()) {
                    if (s.numeric() != null && !s.numeric().leaves().isEmpty()
                            && s.numeric().leaves().get(0).cells().size() == 1) {
                        return c;
                    }
                }
            }
        }
        // TV^2 <= TV needs branch and bound over u_0 = TV in [0, 1] (range reduction): one dimension
        ProofResult r = new Prover(Targets.LIBRARY).prove(
                Targets.claim(Targets.read("src/test/resources/prove/joint_range.claims"), "tv_sq_le_tv"));
        if (r.proved()) {
            for (ProofStep s : r.certificate().get().steps()) {
                if (s.numeric() != null && !s.numeric().leaves().isEmpty()
                        && s.numeric().leaves().get(0).cells().size() == 1) {
                    return r.certificate().get();
                }
            }
        }
        throw new AssertionError("no proved target with a one-dimensional numeric step");
    }

    private static ProofCertificate withDuplicatedLeaf(ProofCertificate c, boolean oneDimensional) {
        List<ProofStep> steps = new ArrayList<>(c.steps());
        for (int i = 0; i < steps.size(); i++) {
            ProofStep s = steps.get(i);
            if (s.numeric() != null && !s.numeric().leaves().isEmpty()
                    && (s.numeric().leaves().get(0).cells().size() == 1) == oneDimensional) {
                List<Leaf> leaves = new ArrayList<>(s.numeric().leaves());
                leaves.add(leaves.get(0));
                steps.set(i, new ProofStep(s.id(), s.kind(), s.fact(), s.premises(), s.theorem(), s.substitution(),
                        s.caseBinder(), new NumericCertificate(s.numeric().goal(), leaves), s.note()));
            }
        }
        return new ProofCertificate(c.claim(), c.binders(), c.assuming(), c.formula(), steps);
    }

    @Test
    void theKernelDecidesTheTilingOfOneDimensionalCertificates() {
        ProofCertificate c = oneDimensional();
        ProofCertificate overlap = withDuplicatedLeaf(c, true);
        assertEquals(Optional.empty(), CertificateChecker.check(c, Targets.LIBRARY));
        assertTrue(CertificateChecker.check(overlap, Targets.LIBRARY).isPresent());
        Tiling.TilingKernel real = Tiling.tilingKernel;
        try {
            Tiling.tilingKernel = (lo, hi, from, to) -> true;
            assertEquals(Optional.empty(), CertificateChecker.check(overlap, Targets.LIBRARY),
                    "with an accept-all stub the overlap must go through: the stub, not another check, decided");
            Tiling.tilingKernel = (lo, hi, from, to) -> false;
            assertTrue(CertificateChecker.check(c, Targets.LIBRARY).isPresent());
        } finally {
            Tiling.tilingKernel = real;
        }
    }

    /**
     * Two or more dimensions: the verified kernel BoxTiling is the only tiling check (the
     * unverified guillotine recursion is gone). Branch and bound proves
     * {@code (x - y/2)^2 + 3 y^2 / 4 >= 0} on {@code [-1, 1]^2} (true: a sum of squares) with a
     * two-dimensional certificate; the real
     * kernel accepts it and rejects it with one leaf duplicated (an overlap); an accept-all stub
     * lets the duplicate through, a reject-all stub fails the valid certificate. A 3-D goal
     * ({@code x^2 + y^2 + z^2 >= 0}) replays too.
     */
    @Test
    void theKernelDecidesTheTilingOfMultiDimensionalCertificates() {
        NumericGoal g = new NumericGoal("(x - y / 2)^2 + 3 * y^2 / 4", GoalKind.NONNEGATIVE, List.of(
                new NumericDim("x", DimKind.REAL, "-1", "1"), new NumericDim("y", DimKind.REAL, "-1", "1")));
        NumericCertificate c = BranchAndBound.prove(g, 50_000).orElseThrow();
        assertEquals(2, c.leaves().get(0).cells().size());
        List<Leaf> dup = new ArrayList<>(c.leaves());
        dup.add(dup.get(dup.size() - 1));
        NumericCertificate overlap = new NumericCertificate(c.goal(), dup);
        assertEquals(Optional.empty(), NumericChecker.check(c));
        assertTrue(NumericChecker.check(overlap).isPresent());
        Tiling.BoxKernel real = Tiling.boxKernel;
        try {
            Tiling.boxKernel = (lo, hi, from, to) -> true;
            assertEquals(Optional.empty(), NumericChecker.check(overlap),
                    "with an accept-all stub the overlap must go through: the stub, not another check, decided");
            Tiling.boxKernel = (lo, hi, from, to) -> false;
            assertTrue(NumericChecker.check(c).isPresent());
        } finally {
            Tiling.boxKernel = real;
        }
        NumericGoal g3 = new NumericGoal("x^2 + y^2 + z^2", GoalKind.NONNEGATIVE, List.of(
                new NumericDim("x", DimKind.REAL, "-1", "1"), new NumericDim("y", DimKind.REAL, "-1", "1"),
                new NumericDim("z", DimKind.INTEGER, "-2", "3")));
        NumericCertificate c3 = BranchAndBound.prove(g3, 50_000).orElseThrow();
        assertEquals(Optional.empty(), NumericChecker.check(c3));
    }
}
