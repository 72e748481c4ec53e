package org.infobound.engine.prove;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.infobound.num.Dual;
import org.infobound.num.Interval;

/**
 * Replays a {@link NumericCertificate} without the search: re-parses the goal, recomputes every
 * leaf's monotonicity faces and enclosure with certified interval arithmetic, requires the
 * recomputed enclosure to equal the recorded one and to certify the goal, and checks that the
 * leaves tile the box exactly once ({@link Tiling}).
 */
public final class NumericChecker {

    private NumericChecker() {
    }

    /**
     * Checks a certificate.
     *
     * @param cert the certificate
     * @return empty if it is valid, else the first reason it is not
     *
     * Requires: cert != null.
     * Ensures: result != null.
     */
    public static Optional<String> check(NumericCertificate cert) {
        if (cert == null) {
            throw new IllegalArgumentException("certificate must not be null");
        }
        ResolvedGoal g;
        try {
            g = new ResolvedGoal(cert.goal());
        } catch (NotCertified e) {
            return Optional.of(e.getMessage());
        }
        if (cert.leaves().isEmpty()) {
            return Optional.of("no leaves");
        }
        String tiling = Tiling.check(g, cert.leaves());
        if (tiling != null) {
            return Optional.of(tiling);
        }
        for (int i = 0; i < cert.leaves().size(); i++) {
            String r = leaf(g, cert.leaves().get(i));
            if (r != null) {
                return Optional.of("leaf " + i + " " + cert.leaves().get(i).cells() + ": " + r);
            }
        }
        return Optional.empty();
    }

    private static String leaf(ResolvedGoal g, Leaf leaf) {
        List<Face> applied = new ArrayList<>();
        try {
            for (Face f : leaf.faces()) {
                if (f.dim() < 0 || f.dim() >= g.dims() || LeafRules.fixed(applied, f.dim())) {
                    return "invalid face " + f;
                }
                if (g.goal.kind() == GoalKind.FINITE) {
                    return "monotonicity faces do not apply to a finiteness goal";
                }
                Dual d = g.evaluate(LeafRules.box(g, leaf.cells(), applied));
                if (!LeafRules.faceHolds(d, f)) {
                    return "the derivative in dimension " + f.dim() + " has no certified sign";
                }
                applied.add(f);
            }
            Dual d = g.evaluate(LeafRules.box(g, leaf.cells(), applied));
            Interval enc = LeafRules.enclose(g, leaf.cells(), applied, leaf.rule(), d);
            if (enc == null) {
                return "the " + leaf.rule() + " enclosure cannot be computed";
            }
            if (Double.compare(enc.lo(), leaf.lo()) != 0 || Double.compare(enc.hi(), leaf.hi()) != 0) {
                return "recorded enclosure [" + leaf.lo() + ", " + leaf.hi() + "] differs from recomputed " + enc;
            }
            if (!g.goal.kind().certifies(enc.lo(), enc.hi())) {
                return "enclosure " + enc + " does not certify " + g.goal.kind();
            }
            return null;
        } catch (NotCertified e) {
            return e.getMessage();
        }
    }
}
