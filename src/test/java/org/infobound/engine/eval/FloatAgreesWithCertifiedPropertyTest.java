package org.infobound.engine.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 part A, property: on seeded random instances of the cells of the coverage tables of
 * spec/NUMERICS.md (builtins on family laws on the line, best-of-n, tilts, mixtures), the float
 * value (the search hint) agrees with the certified enclosure wherever one exists. Rule: with
 * {@code m} the enclosure's midpoint and {@code tol = 1e-9 |m| + 1e-12} (relative, absolute near
 * 0), if the enclosure is narrower than {@code tol} the float value is within {@code tol} of m;
 * otherwise it lies in {@code [lo - tol, hi + tol]} (an enclosure {@code [L, inf]} included).
 * An infinite enclosure end must be matched by the same infinite float value when both ends are
 * that infinity. Our own generator (java.util.Random, seed fixed): no property-testing library.
 * Cells where the rule does not hold yet are listed in {@link #KNOWN} with the reason, and in
 * spec/NUMERICS.md; the test fails on a violation in any other cell, and also when a known cell
 * starts to hold (so the list stays true).
 */
class FloatAgreesWithCertifiedPropertyTest {

    /** Cells (builtin:law kind) that do not agree yet, with the reason (spec/NUMERICS.md). */
    static final Map<String, String> KNOWN = new TreeMap<>(Map.of(
            "TV:family", "a beta law with second shape below 1 has mass (1e-16)^b within one double of 1, "
                    + "which x in doubles cannot resolve: TV(beta(4, 1/2), gumbel(-2, 16)) is 5e-9 relative off"));

    private static final String[] FAMILIES = {"normal", "exponential", "uniform", "beta", "gamma", "laplace",
        "logistic", "gumbel", "pareto"};

    private static String dyadic(Random rnd, int lo, int hi) {
        // an exact double written as a fraction: k / 8 with k in [lo, hi]
        int k = lo + rnd.nextInt(hi - lo + 1);
        return k + "/8";
    }

    /** 2^k, k uniform in [lo, hi]: an exact double over a wide range. */
    private static String pow2(Random rnd, int lo, int hi) {
        return "2^(" + (lo + rnd.nextInt(hi - lo + 1)) + ")";
    }

    /** Parameters over a wide range (powers of two, 2^-10 .. 2^10; shapes 2^-4 .. 2^6). */
    static String wideLaw(Random rnd, String fam) {
        String sign = rnd.nextBoolean() ? "" : "-";
        return switch (fam) {
            case "normal" -> "normal(" + sign + pow2(rnd, -10, 10) + ", " + pow2(rnd, -10, 10) + ")";
            case "exponential" -> "exponential(" + pow2(rnd, -10, 10) + ")";
            case "uniform" -> {
                String a = sign + pow2(rnd, -10, 10);
                yield "uniform(" + a + ", " + a + " + " + pow2(rnd, -10, 10) + ")";
            }
            case "beta" -> "beta(" + pow2(rnd, -4, 6) + ", " + pow2(rnd, -4, 6) + ")";
            case "gamma" -> "gamma(" + pow2(rnd, -4, 6) + ", " + pow2(rnd, -10, 10) + ")";
            case "laplace" -> "laplace(" + sign + pow2(rnd, -10, 10) + ", " + pow2(rnd, -10, 10) + ")";
            case "logistic" -> "logistic(" + sign + pow2(rnd, -10, 10) + ", " + pow2(rnd, -10, 10) + ")";
            case "gumbel" -> "gumbel(" + sign + pow2(rnd, -10, 10) + ", " + pow2(rnd, -10, 10) + ")";
            case "pareto" -> "pareto(" + pow2(rnd, -10, 10) + ", 2 + " + pow2(rnd, -3, 5) + ")";
            default -> throw new AssertionError(fam);
        };
    }

    static String law(Random rnd, String fam) {
        return switch (fam) {
            case "normal" -> "normal(" + dyadic(rnd, -16, 16) + ", " + dyadic(rnd, 2, 24) + ")";
            case "exponential" -> "exponential(" + dyadic(rnd, 2, 24) + ")";
            case "uniform" -> {
                int a = -16 + rnd.nextInt(17);
                yield "uniform(" + a + "/8, " + (a + 1 + rnd.nextInt(24)) + "/8)";
            }
            case "beta" -> "beta(" + dyadic(rnd, 4, 40) + ", " + dyadic(rnd, 4, 40) + ")";
            case "gamma" -> "gamma(" + dyadic(rnd, 4, 40) + ", " + dyadic(rnd, 2, 16) + ")";
            case "laplace" -> "laplace(" + dyadic(rnd, -16, 16) + ", " + dyadic(rnd, 2, 16) + ")";
            case "logistic" -> "logistic(" + dyadic(rnd, -16, 16) + ", " + dyadic(rnd, 2, 16) + ")";
            case "gumbel" -> "gumbel(" + dyadic(rnd, -16, 16) + ", " + dyadic(rnd, 2, 16) + ")";
            case "pareto" -> "pareto(" + dyadic(rnd, 4, 16) + ", " + dyadic(rnd, 20, 48) + ")";
            default -> throw new AssertionError(fam);
        };
    }

    /** The cell's failure text, or null when the rule holds or there is no enclosure. */
    static String check(String expr) {
        SourceFile src = SourceFile.of("<prop>", expr);
        return check(ClosedValue.of(src, Parser.parseExpression(src).expr().orElseThrow()), expr);
    }

    /** The same rule on a value already evaluated (both routes) from {@code expr}. */
    static String check(ClosedValue v, String expr) {
        Interval iv = v.enclosure();
        if (iv == null || v.kind() != ClosedValue.Kind.NUMBER) {
            return null;
        }
        double f = v.value();
        if (iv.lo() == iv.hi() && Double.isInfinite(iv.lo())) {
            return f == iv.lo() ? null : expr + ": float " + f + " vs " + iv;
        }
        double m = iv.isFinite() ? iv.mid() : Double.isFinite(iv.lo()) ? iv.lo() : iv.hi();
        double tol = 1e-9 * Math.abs(m) + 1e-12;
        if (iv.isFinite() && iv.hi() - iv.lo() <= tol) {
            return Math.abs(f - m) <= tol ? null : expr + ": float " + f + " vs midpoint " + m + " of " + iv;
        }
        double slack = 1e-9 * Math.max(Double.isFinite(iv.lo()) ? Math.abs(iv.lo()) : 0,
                Double.isFinite(iv.hi()) ? Math.abs(iv.hi()) : 0) + 1e-12;
        boolean in = f >= iv.lo() - slack && f <= iv.hi() + slack;
        return in ? null : expr + ": float " + f + " outside " + iv;
    }

    @Test
    void floatValuesAgreeWithCertifiedEnclosures() {
        Random rnd = new Random(20261206L);
        Map<String, List<String>> failures = new TreeMap<>();
        Map<String, Integer> checked = new TreeMap<>();
        for (int round = 0; round < 3; round++) {
            // rounds 0 and 1: moderate parameters (k/8); round 2: wide ones (powers of two)
            boolean wide = round == 2;
            for (String fam : FAMILIES) {
                String p = wide ? wideLaw(rnd, fam) : law(rnd, fam);
                String fq = FAMILIES[rnd.nextInt(FAMILIES.length)];
                String q = wide ? wideLaw(rnd, fq) : law(rnd, fq);
                String x = dyadic(rnd, -8, 24);
                String u = (1 + rnd.nextInt(7)) + "/8";
                int n = 2 + rnd.nextInt(20);
                List<String[]> cells = new ArrayList<>();
                for (String b : new String[] {"E", "var", "entropy"}) {
                    cells.add(new String[] {b + ":family", b + "(" + p + ")"});
                }
                cells.add(new String[] {"cdf:family", "cdf(" + p + ", " + x + ")"});
                cells.add(new String[] {"quantile:family", "quantile(" + p + ", " + u + ")"});
                for (String d : new String[] {"KL", "chi2", "BC", "H2"}) {
                    cells.add(new String[] {d + ":family", d + "(" + p + " || " + q + ")"});
                }
                cells.add(new String[] {"TV:family", "TV(" + p + ", " + q + ")"});
                String bon = "bon(" + p + ", " + n + ")";
                cells.add(new String[] {"E:bon", "E(" + bon + ")"});
                cells.add(new String[] {"cdf:bon", "cdf(" + bon + ", " + x + ")"});
                cells.add(new String[] {"quantile:bon", "quantile(" + bon + ", " + u + ")"});
                for (String d : new String[] {"KL", "chi2", "renyi"}) {
                    String args = d.equals("renyi") ? bon + " || " + p + ", 3/2" : bon + " || " + p;
                    cells.add(new String[] {d + ":bon", d + "(" + args + ")"});
                }
                cells.add(new String[] {"TV:bon", "TV(" + bon + ", " + p + ")"});
                cells.add(new String[] {"H2:bon", "H2(" + bon + ", " + p + ")"});
                String mix = "mix(" + p + ", " + (wide ? wideLaw(rnd, fam) : law(rnd, fam)) + ", 1/4)";
                cells.add(new String[] {"E:mix", "E(" + mix + ")"});
                cells.add(new String[] {"cdf:mix", "cdf(" + mix + ", " + x + ")"});
                if (fam.equals("normal") || fam.equals("exponential") || fam.equals("gamma") || fam.equals("laplace")
                        || fam.equals("gumbel")) {
                    String tilt = "tilt(" + p + ", " + (8 + rnd.nextInt(24)) + ")";
                    cells.add(new String[] {"E:tilt", "E(" + tilt + ")"});
                    cells.add(new String[] {"var:tilt", "var(" + tilt + ")"});
                    cells.add(new String[] {"KL:tilt", "KL(" + tilt + " || " + p + ")"});
                    cells.add(new String[] {"BC:tilt", "BC(" + tilt + ", " + p + ")"});
                }
                cells.add(new String[] {"E(p, X):family", "E(" + p + ", r^2)"});
                for (String[] c : cells) {
                    String fail = check(c[1]);
                    checked.merge(c[0], 1, Integer::sum);
                    if (fail != null) {
                        failures.computeIfAbsent(c[0], k -> new ArrayList<>()).add(fail);
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, List<String>> e : failures.entrySet()) {
            if (!KNOWN.containsKey(e.getKey())) {
                report.append(e.getKey()).append(": ").append(e.getValue()).append('\n');
            }
        }
        Set<String> stale = new java.util.TreeSet<>(KNOWN.keySet());
        stale.removeAll(failures.keySet());
        System.out.println("float-vs-certified cells checked: " + checked + "\nfailing: " + failures.keySet());
        assertTrue(report.length() == 0, "float route disagrees with the certified route:\n" + report);
        assertTrue(stale.isEmpty(), "cells listed as known but now agreeing (update KNOWN and spec/NUMERICS.md): " + stale);
    }

    /** k / d with d in {3, 7, 10} and k not a multiple of d: an exact rational that is not a double. */
    private static String nonDyadic(Random rnd, int lo, int hi) {
        int[] ds = {3, 7, 10};
        int d = ds[rnd.nextInt(ds.length)];
        int k;
        do {
            k = lo + rnd.nextInt(hi - lo + 1);
        } while (k % d == 0 || d == 10 && k % 5 == 0 || d == 10 && k % 2 == 0);
        return k + "/" + d;
    }

    /** A family law whose parameters are exact rationals that are not doubles (EnclosedFamilyLaw). */
    static String exactLaw(Random rnd, String fam) {
        return switch (fam) {
            case "normal" -> "normal(" + nonDyadic(rnd, -16, 16) + ", " + nonDyadic(rnd, 2, 24) + ")";
            case "exponential" -> "exponential(" + nonDyadic(rnd, 2, 24) + ")";
            case "uniform" -> {
                String a = nonDyadic(rnd, -16, 0);
                yield "uniform(" + a + ", " + a + " + " + nonDyadic(rnd, 2, 24) + ")";
            }
            case "beta" -> "beta(" + nonDyadic(rnd, 4, 40) + ", " + nonDyadic(rnd, 4, 40) + ")";
            case "gamma" -> "gamma(" + nonDyadic(rnd, 1, 40) + ", " + nonDyadic(rnd, 2, 16) + ")";
            case "laplace" -> "laplace(" + nonDyadic(rnd, -16, 16) + ", " + nonDyadic(rnd, 2, 16) + ")";
            case "logistic" -> "logistic(" + nonDyadic(rnd, -16, 16) + ", " + nonDyadic(rnd, 2, 16) + ")";
            case "gumbel" -> "gumbel(" + nonDyadic(rnd, -16, 16) + ", " + nonDyadic(rnd, 2, 16) + ")";
            case "pareto" -> "pareto(" + nonDyadic(rnd, 4, 16) + ", 2 + " + nonDyadic(rnd, 1, 24) + ")";
            default -> throw new AssertionError(fam);
        };
    }

    /**
     * The family cells with exact parameters that are not doubles (1/3, 5/7, 3/10, ...): the
     * certified route is the enclosed one (spec/NUMERICS.md "Exact law parameters"); every cell
     * with an enclosure must agree with the float route (at the nearest doubles) by the same rule.
     * Before this change none of these cells had an enclosure.
     */
    @Test
    void floatValuesAgreeWithEnclosedParameterRoutes() {
        Random rnd = new Random(20261207L);
        Map<String, List<String>> failures = new TreeMap<>();
        Map<String, Integer> enclosed = new TreeMap<>();
        for (int round = 0; round < 3; round++) {
            for (String fam : FAMILIES) {
                String p = exactLaw(rnd, fam);
                String fq = FAMILIES[rnd.nextInt(FAMILIES.length)];
                String q = exactLaw(rnd, fq);
                String x = nonDyadic(rnd, -8, 24);
                String u = (1 + rnd.nextInt(7)) + "/8";
                List<String[]> cells = new ArrayList<>();
                for (String b : new String[] {"E", "var", "entropy"}) {
                    cells.add(new String[] {b, b + "(" + p + ")"});
                }
                cells.add(new String[] {"cdf", "cdf(" + p + ", " + x + ")"});
                cells.add(new String[] {"quantile", "quantile(" + p + ", " + u + ")"});
                for (String d : new String[] {"KL", "chi2", "BC", "H2"}) {
                    cells.add(new String[] {d, d + "(" + p + " || " + q + ")"});
                }
                cells.add(new String[] {"TV", "TV(" + p + ", " + q + ")"});
                for (String[] c : cells) {
                    SourceFile src = SourceFile.of("<prop>", c[1]);
                    if (ClosedValue.of(src, Parser.parseExpression(src).expr().orElseThrow()).enclosure() != null) {
                        enclosed.merge(c[0], 1, Integer::sum);
                    }
                    String fail = check(c[1]);
                    if (fail != null) {
                        failures.computeIfAbsent(c[0], k -> new ArrayList<>()).add(fail);
                    }
                }
            }
        }
        System.out.println("enclosed-parameter cells with an enclosure: " + enclosed);
        assertTrue(failures.isEmpty(), "float route disagrees with the enclosed route: " + failures);
        for (String cell : new String[] {"E", "var", "entropy", "cdf", "quantile", "KL"}) {
            assertTrue(enclosed.getOrDefault(cell, 0) >= 9, cell + " has too few enclosures: " + enclosed);
        }
    }
}
