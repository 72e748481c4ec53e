package org.infobound.engine.prove;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a certificate for people ({@code infobound explain FILE CLAIM}): the claim, then one
 * numbered line per step with its rule, premises and evidence.
 */
public final class Explain {

    private Explain() {
    }

    /**
     * The human rendering of {@code cert}.
     *
     * Requires: cert != null.
     * Ensures: result != null && result.startsWith("claim ").
     * Throws IllegalArgumentException when cert == null.
     */
    public static String render(ProofCertificate cert) {
        if (cert == null) {
            throw new IllegalArgumentException("certificate is required");
        }
        StringBuilder sb = new StringBuilder();
        sb.append("claim ").append(cert.claim()).append('\n');
        if (!cert.binders().isEmpty()) {
            sb.append("  forall ").append(cert.binders().entrySet().stream()
                    .map(e -> e.getKey() + " in " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        }
        if (cert.assuming() != null) {
            sb.append("  assuming ").append(cert.assuming()).append('\n');
        }
        sb.append("  : ").append(cert.formula()).append("\n\nproof (").append(cert.steps().size()).append(" steps");
        if (!cert.theoremsUsed().isEmpty()) {
            sb.append("; theorems: ").append(String.join(", ", cert.theoremsUsed()));
        }
        sb.append(")\n");
        for (ProofStep s : cert.steps()) {
            sb.append(String.format(Locale.ROOT, "  [%d] %s%n      by %s%s%n", s.id(), s.fact(), reason(s),
                    s.premises().isEmpty() ? "" : " from " + s.premises().stream().map(p -> "[" + p + "]")
                            .collect(Collectors.joining(", "))));
        }
        return sb.toString();
    }

    /**
     * One line per step ({@code [i] fact  by rule}), for verdict records that hold steps as text
     * (the engine's {@code Certificate(method, steps, instancesChecked)}).
     *
     * Requires: cert != null.
     * Ensures: result.size() == cert.steps().size().
     * Throws IllegalArgumentException when cert == null.
     */
    public static java.util.List<String> stepLines(ProofCertificate cert) {
        if (cert == null) {
            throw new IllegalArgumentException("certificate is required");
        }
        return cert.steps().stream().map(s -> "[" + s.id() + "] " + s.fact() + "  by " + reason(s)
                + (s.premises().isEmpty() ? "" : " from " + s.premises())).toList();
    }

    private static String reason(ProofStep s) {
        return switch (s.kind()) {
            case THEOREM -> "theorem " + s.theorem() + " with " + s.substitution().entrySet().stream()
                    .map(e -> e.getKey() + " := " + e.getValue()).collect(Collectors.joining(", "));
            case ASSUMPTION -> "the hypothesis";
            case SYMMETRY -> "symmetry of ==";
            case TRANSITIVITY -> "transitivity";
            case MONOTONE -> Relations.parse(s.fact()).filter(r -> r.op() == org.infobound.lang.ast.RelOp.EQ).isPresent()
                    ? "congruence (equal sub-terms)" : "a nondecreasing context";
            case SIGN -> "nonnegative by definition, or by certified enclosures (functionals of laws at their ranges by definition)";
            case REFLEXIVITY -> "reflexivity";
            case NUMERIC -> numeric(s.numeric());
            case EVALUATION -> "certified evaluation: " + s.note();
            case CASES -> "cases on " + s.caseBinder();
            case ALGEBRA -> "exact algebra: " + s.note();
            case APPROX -> "equality, tolerance nonnegative";
            case CONJUNCTION -> "each conjunct";
            case IDENTITY -> "identity: " + s.note();
            case RANGE_REDUCTION -> s.note() + " " + numeric(s.numeric());
            case THEOREM_AT_INF -> s.note();
            case LINEAR -> "linear rearrangement (E linear on the finite alphabet): " + s.note();
            case MONOTONE_TRANSFORM -> "monotone transform: " + s.note();
        };
    }

    private static String numeric(NumericCertificate c) {
        long monotone = c.leaves().stream().filter(l -> !l.faces().isEmpty()).count();
        long meanValue = c.leaves().stream().filter(l -> l.rule() == LeafRule.MEAN_VALUE).count();
        double min = c.leaves().stream().mapToDouble(Leaf::lo).min().orElse(Double.NaN);
        String dims = c.goal().dims().stream().map(d -> d.name() + " in " + d.lo() + ".." + d.hi())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "interval branch and bound on %s %s over %s: %d boxes "
                + "(%d by monotonicity, %d by mean-value form), smallest lower bound %s",
                c.goal().expression(), c.goal().kind().name().toLowerCase(Locale.ROOT), dims, c.leaves().size(),
                monotone, meanValue, min);
    }
}
