package org.infobound.soundness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.CheckRun;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.Settings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random small claims over numeric domains (open and closed real intervals, integer ranges,
 * finite sets, closed formulas) and simple alphabet functionals, with extreme literals (2^64,
 * 10^19, 10^-400, 1/3 + 10^-18, 2^53 + 1, ...). Each claim's truth is decided here, by exact
 * rational arithmetic of this test's own ({@link Q}, on {@link BigInteger}, no infobound code):
 * an affine function is extreme at the ends of an interval, so the ends (with their openness)
 * decide a {@code forall}. The verdicts must agree: no true claim FALSIFIED, no false claim
 * PROVED, and every false closed claim (one instance, decided by exact evaluation) FALSIFIED.
 */
class GenerativeSoundnessTest {

    /** Exact rationals, independent of the code under test. */
    record Q(BigInteger num, BigInteger den) implements Comparable<Q> {
        Q {
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            BigInteger g = num.gcd(den);
            if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
                num = num.divide(g);
                den = den.divide(g);
            }
        }

        static Q of(long n) {
            return new Q(BigInteger.valueOf(n), BigInteger.ONE);
        }

        static Q of(BigInteger n, BigInteger d) {
            return new Q(n, d);
        }

        Q add(Q o) {
            return new Q(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Q mul(Q o) {
            return new Q(num.multiply(o.num), den.multiply(o.den));
        }

        Q sub(Q o) {
            return add(o.mul(of(-1)));
        }

        int signum() {
            return num.signum();
        }

        @Override
        public int compareTo(Q o) {
            return sub(o).signum();
        }
    }

    /** A literal: its claim text and its exact value. */
    record Lit(String text, Q value) {
    }

    private static final BigInteger TEN = BigInteger.TEN;
    private static final BigInteger TWO = BigInteger.TWO;

    static final List<Lit> REALS = List.of(
            new Lit("0", Q.of(0)),
            new Lit("1", Q.of(1)),
            new Lit("-1", Q.of(-1)),
            new Lit("1e-400", Q.of(BigInteger.ONE, TEN.pow(400))),
            new Lit("(-1e-400)", Q.of(BigInteger.ONE.negate(), TEN.pow(400))),
            new Lit("1/3", Q.of(BigInteger.ONE, BigInteger.valueOf(3))),
            new Lit("(1/3 + 1e-18)", Q.of(BigInteger.ONE, BigInteger.valueOf(3)).add(Q.of(BigInteger.ONE, TEN.pow(18)))),
            new Lit("0.1", Q.of(BigInteger.ONE, TEN)),
            new Lit("7/11", Q.of(BigInteger.valueOf(7), BigInteger.valueOf(11))),
            new Lit("10^19", Q.of(TEN.pow(19), BigInteger.ONE)),
            new Lit("2^64", Q.of(TWO.pow(64), BigInteger.ONE)),
            new Lit("(-2^63)", Q.of(TWO.pow(63).negate(), BigInteger.ONE)),
            new Lit("(2^53 + 1)", Q.of(TWO.pow(53).add(BigInteger.ONE), BigInteger.ONE)),
            new Lit("1e-30", Q.of(BigInteger.ONE, TEN.pow(30))),
            new Lit("1e300", Q.of(TEN.pow(300), BigInteger.ONE)));

    static final List<Lit> INTS = List.of(
            new Lit("0", Q.of(0)), new Lit("1", Q.of(1)), new Lit("-3", Q.of(-3)), new Lit("10", Q.of(10)),
            new Lit("10^19", Q.of(TEN.pow(19), BigInteger.ONE)),
            new Lit("(10^19 + 3)", Q.of(TEN.pow(19).add(BigInteger.valueOf(3)), BigInteger.ONE)),
            new Lit("(2^63 - 1)", Q.of(TWO.pow(63).subtract(BigInteger.ONE), BigInteger.ONE)),
            new Lit("2^63", Q.of(TWO.pow(63), BigInteger.ONE)),
            new Lit("2^64", Q.of(TWO.pow(64), BigInteger.ONE)),
            new Lit("(2^64 + 2)", Q.of(TWO.pow(64).add(TWO), BigInteger.ONE)),
            new Lit("(2^32 + 1)", Q.of(TWO.pow(32).add(BigInteger.ONE), BigInteger.ONE)),
            new Lit("(-2^63)", Q.of(TWO.pow(63).negate(), BigInteger.ONE)));

    static final List<Lit> COEFFS = List.of(new Lit("1", Q.of(1)), new Lit("-1", Q.of(-1)), new Lit("2", Q.of(2)),
            new Lit("0", Q.of(0)), new Lit("3/7", Q.of(BigInteger.valueOf(3), BigInteger.valueOf(7))));

    static final String[] OPS = {"<=", "<", ">=", ">"};

    /** Truth of {@code g OP 0} for a value g. */
    static boolean holds(Q g, String op) {
        int s = g.signum();
        return switch (op) {
            case "<=" -> s <= 0;
            case "<" -> s < 0;
            case ">=" -> s >= 0;
            default -> s > 0;
        };
    }

    /**
     * Truth of {@code forall x in interval: c x + d - e OP 0} for an affine g: the binding end
     * is where g is largest (for {@code <}, {@code <=}) or smallest; an open binding end only
     * needs the limit to satisfy the non-strict relation.
     */
    static boolean affineForall(Q c, Q k, Q lo, boolean loOpen, Q hi, boolean hiOpen, String op) {
        Q glo = c.mul(lo).add(k);
        Q ghi = c.mul(hi).add(k);
        if (c.signum() == 0) {
            return holds(glo, op);
        }
        boolean upper = op.startsWith("<");
        boolean bindHi = upper == (c.signum() > 0);
        Q g = bindHi ? ghi : glo;
        boolean open = bindHi ? hiOpen : loOpen;
        String rel = open ? (upper ? "<=" : ">=") : op;
        return holds(g, rel);
    }

    record Case(String name, String text, boolean truth, boolean closed) {
    }

    static List<Case> cases(long seed, int count) {
        Random rnd = new Random(seed);
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Lit c = COEFFS.get(rnd.nextInt(COEFFS.size()));
            Lit d = REALS.get(rnd.nextInt(REALS.size()));
            Lit e = REALS.get(rnd.nextInt(REALS.size()));
            String op = OPS[rnd.nextInt(OPS.length)];
            Q k = d.value().sub(e.value());
            String body = c.text() + " * x + " + d.text() + " " + op + " " + e.text();
            int kind = rnd.nextInt(5);
            String name = "g" + i;
            if (kind == 0 || kind == 1) {
                Lit a = REALS.get(rnd.nextInt(REALS.size()));
                Lit b = REALS.get(rnd.nextInt(REALS.size()));
                if (a.value().compareTo(b.value()) >= 0) {
                    i--;
                    continue;
                }
                boolean lo = rnd.nextBoolean();
                boolean ho = rnd.nextBoolean();
                String dom = (lo ? "(" : "[") + a.text() + ", " + b.text() + (ho ? ")" : "]");
                out.add(new Case(name, "forall x in " + dom + ": " + body,
                        affineForall(c.value(), k, a.value(), lo, b.value(), ho, op), false));
            } else if (kind == 2) {
                Lit a = INTS.get(rnd.nextInt(INTS.size()));
                Lit b = INTS.get(rnd.nextInt(INTS.size()));
                if (a.value().compareTo(b.value()) > 0) {
                    i--;
                    continue;
                }
                out.add(new Case(name, "forall x in " + a.text() + ".." + b.text() + ": " + body,
                        affineForall(c.value(), k, a.value(), false, b.value(), false, op), false));
            } else if (kind == 3) {
                List<Lit> els = new ArrayList<>();
                for (int j = 0; j < 3; j++) {
                    els.add(REALS.get(rnd.nextInt(REALS.size())));
                }
                boolean all = true;
                for (Lit x : els) {
                    all &= holds(c.value().mul(x.value()).add(k), op);
                }
                out.add(new Case(name, "forall x in {" + String.join(", ", els.stream().map(Lit::text).toList()) + "}: "
                        + body, all, false));
            } else {
                Lit x = REALS.get(rnd.nextInt(REALS.size()));
                out.add(new Case(name, ": " + body.replace("x", x.text()), holds(c.value().mul(x.value()).add(k), op), true));
            }
        }
        // alphabet functionals with exact truth: pmax and collision are at least 1/K (uniform law)
        int[] sizes = {1, 2, 3, 64, 65, 100};
        for (int i = 0; i < count / 4; i++) {
            int k1 = sizes[rnd.nextInt(sizes.length)];
            int k2 = Math.max(k1, sizes[rnd.nextInt(sizes.length)]);
            int m = 1 + rnd.nextInt(120);
            String fn = rnd.nextBoolean() ? "pmax" : "collision";
            // 1/m <= 1/k2 iff k2 <= m
            out.add(new Case("a" + i, "forall p in dist(" + k1 + ".." + k2 + "): " + fn + "(p) >= 1/" + m, k2 <= m, false));
            Lit lo = REALS.get(rnd.nextInt(REALS.size()));
            Lit hi = REALS.get(rnd.nextInt(REALS.size()));
            Lit bound = REALS.get(rnd.nextInt(REALS.size()));
            if (lo.value().compareTo(hi.value()) < 0) {
                // sup E(p) = hi, attained by a one-hot law on an outcome whose reward is hi
                out.add(new Case("m" + i, "forall p in dist(" + k1 + ".." + k2 + ", rewards in [" + lo.text() + ", "
                        + hi.text() + "]): E(p) <= " + bound.text(), hi.value().compareTo(bound.value()) <= 0, false));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void verdictsAgreeWithExactTruth(long seed, @TempDir Path dir) throws IOException {
        List<Case> cases = cases(seed, 48);
        StringBuilder sb = new StringBuilder();
        Map<String, Case> byName = new HashMap<>();
        for (Case c : cases) {
            sb.append("claim ").append(c.name()).append('\n').append("  ").append(c.text()).append("\n\n");
            byName.put(c.name(), c);
        }
        Path f = dir.resolve("generated.claims");
        Files.writeString(f, sb.toString());
        List<String> wrong = new ArrayList<>();
        for (boolean prove : new boolean[] {true, false}) {
            CheckReport report = CheckRun.run(List.of(f), new Settings(seed, 400, 0, 2, 2000, prove));
            assertTrue(report.problems().stream().noneMatch(p -> p.fatal()), report.problems().toString());
            assertTrue(report.internalErrors() == 0, "no internal error: " + report.results());
            for (ClaimResult r : report.results()) {
                Case c = byName.get(r.name());
                if (c.truth() && Verdicts.falsified(r)) {
                    wrong.add("true but FALSIFIED: " + c.text() + " -> " + r.verdict());
                }
                if (!c.truth() && Verdicts.plainlyProved(r)) {
                    wrong.add("false but PROVED: " + c.text());
                }
                if (!c.truth() && c.closed() && !Verdicts.falsified(r)) {
                    wrong.add("false closed claim not FALSIFIED: " + c.text() + " -> " + r.verdict());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
