package org.infobound.engine.eval;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.infobound.math.discrete.DiscreteLaw;
import org.infobound.math.discrete.Ties;
import org.infobound.math.discrete.WinRateTies;
import org.infobound.math.line.LineLaw;

/**
 * The float route with a cross-check (spec/CHECK.md, "Cross-check" and "Evaluation routes"):
 * every derived law comes from the exact float route and is ALSO simulated independently and
 * compared ({@link CrossCompare}, family level 1e-9 per law); the exact value is what the
 * evaluation goes on with, so the cross-check never changes a result. Simulated: best-of-n of a
 * discrete law (all tie rules, with or without {@code by}), mixtures, kernel images, win rates
 * of discrete laws, best-of-n and mixtures on the line of family laws and of best-of-n laws and
 * mixtures of them (max of n literal draws, a coin then the component). Not simulated (counted as
 * not checked): tilt (discrete and on the line: no literal sampler that is exact at finite size),
 * rewardlaw, a law on the line built on a tilt, and laws whose simulation would exceed the work
 * cap or the claim's draw budget.
 *
 * <p>Simulation sizes: m = 10,000 draws per law, fewer for best-of-n so that the work m * n
 * stays at most 2e7 candidate draws per law (1e6 on the line, where a draw costs a variate of
 * the family), never fewer than 2,000 (larger n is not checked). A law already checked at this
 * instance (same inputs) is not simulated again.
 */
class CrossCheckBackend extends FloatBackend {

    /** Draws per simulated law when the work cap allows. */
    static final int M_TARGET = 10_000;
    /** Fewest draws per simulated law. */
    static final int M_MIN = 2_000;
    /** Cap on candidate draws per discrete law (m * n). */
    static final long WORK_CAP = 20_000_000L;
    /** Cap on base draws per best-of-n law on the line (m * n). */
    static final long LINE_WORK_CAP = 1_000_000L;

    /**
     * The exact route that is cross-checked. A test hook: tests swap in a deliberately broken
     * route to see the cross-check flag it; production never changes it.
     */
    static volatile Supplier<FloatBackend> exactRoute = FloatBackend::new;

    private final FloatBackend exact;
    private final RandomGenerator rng;
    private final CrossTally tally;
    private final Set<String> checked = new HashSet<>();

    CrossCheckBackend(FloatBackend exact, long seed, CrossTally tally) {
        this.exact = exact;
        this.rng = new Well19937c(seed);
        this.tally = tally;
    }

    @Override
    public DiscreteLaw bon(DiscreteLaw p, long n, Ties ties) {
        DiscreteLaw e = exact.bon(p, n, ties);
        simulateBon(p, n, p.rewards(), ties, e, "bon(n = " + n + ", ties = " + word(ties) + ")");
        return e;
    }

    @Override
    public DiscreteLaw bonBy(DiscreteLaw p, long n, double[] g, Ties ties) {
        DiscreteLaw e = exact.bonBy(p, n, g, ties);
        simulateBon(p, n, g, ties, e, "bon(n = " + n + ", by = " + Arrays.toString(g) + ", ties = " + word(ties) + ")");
        return e;
    }

    private void simulateBon(DiscreteLaw p, long n, double[] g, Ties ties, DiscreteLaw e, String op) {
        String text = op + " of " + p;
        if (!firstTime(text)) {
            return;
        }
        long m = Math.min(M_TARGET, WORK_CAP / n);
        if (m < M_MIN || !tally.spend(m * n)) {
            tally.notChecked();
            return;
        }
        try {
            long[] c = Simulations.bon(p, n, g, ties, (int) m, rng);
            CrossCompare.counts(tally, text, outcomes(e), e.probabilities(), c, m);
        } catch (RuntimeException ex) {
            tally.notChecked();
        }
    }

    @Override
    public DiscreteLaw mix(DiscreteLaw p, DiscreteLaw q, Double w) {
        DiscreteLaw e = exact.mix(p, q, w);
        String text = "mix(w = " + w + ") of " + p + " and " + q;
        if (firstTime(text) && spend(2L * M_TARGET)) {
            try {
                CrossCompare.counts(tally, text, outcomes(e), e.probabilities(),
                        Simulations.mix(p, q, w, M_TARGET, rng), M_TARGET);
            } catch (RuntimeException ex) {
                tally.notChecked();
            }
        }
        return e;
    }

    @Override
    public DiscreteLaw apply(Input.KernelInput k, DiscreteLaw p) {
        DiscreteLaw e = exact.apply(k, p);
        String text = "apply(" + k.text() + ", " + p + ")";
        if (firstTime(text) && spend(2L * M_TARGET)) {
            try {
                double[][] rows = new double[k.rows().size()][];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = k.rows().get(i).approx();
                }
                CrossCompare.counts(tally, text, outcomes(e), e.probabilities(),
                        Simulations.kernel(rows, p, M_TARGET, rng), M_TARGET);
            } catch (RuntimeException ex) {
                tally.notChecked();
            }
        }
        return e;
    }

    @Override
    public Double winrate(DiscreteLaw p, DiscreteLaw q, WinRateTies ties) {
        double e = exact.winrate(p, q, ties);
        String text = "winrate(ties = " + ties.name().toLowerCase(Locale.ROOT) + ") of " + p + " against " + q;
        if (firstTime(text) && spend(2L * M_TARGET)) {
            try {
                CrossCompare.mean(tally, text, e, Simulations.winrate(p, q, ties, M_TARGET, rng), M_TARGET);
            } catch (RuntimeException ex) {
                tally.notChecked();
            }
        }
        return e;
    }

    @Override
    public DiscreteLaw tilt(DiscreteLaw p, Double beta) {
        tally.notChecked();
        return exact.tilt(p, beta);
    }

    @Override
    public DiscreteLaw rewardLaw(DiscreteLaw p) {
        tally.notChecked();
        return exact.rewardLaw(p);
    }

    @Override
    public LineLaw lineOp(String name, LineLaw p, Object second, double x) {
        LineLaw e = exact.lineOp(name, p, second, x);
        String text = name.equals("bon") ? "bon(" + p.describe() + ", n = " + (long) x + ") on the line"
                : e.describe() + " on the line";
        boolean bon = name.equals("bon") && x == Math.rint(x) && x >= 1;
        boolean mix = name.equals("mix") && second instanceof LineLaw;
        // the law to simulate is built here from the operation's own inputs (never from the
        // exact route's result, which is what is being checked)
        LineLaw literal = bon ? new org.infobound.math.line.MaxLaw(p, x)
                : mix ? new org.infobound.math.line.MixtureLaw(p, (LineLaw) second, x) : null;
        return crossCheck(text, e, literal);
    }

    @Override
    public LineLaw lineMix(LineLaw p, LineLaw q, org.hipparchus.fraction.BigFraction w) {
        LineLaw e = exact.lineMix(p, q, w);
        // the literal is built from the operation's own inputs (its sampler draws with the
        // nearest double to w)
        return crossCheck(e.describe() + " on the line", e, new org.infobound.math.line.MixtureLaw(p, q, w));
    }

    /** Compares the cdf of e, the exact route's law, with draws of the literal law (null: not checked). */
    private LineLaw crossCheck(String text, LineLaw e, LineLaw literal) {
        double cost = literal == null ? -1 : Simulations.cost(literal);
        if (cost < 0) {
            // tilt, or a law without a literal sampler (spec/CHECK.md, "Cross-check")
            tally.notChecked();
            return e;
        }
        if (!firstTime(text)) {
            return e;
        }
        double mm = Math.min(M_TARGET, LINE_WORK_CAP / cost);
        long m = (long) mm;
        if (m < M_MIN || !tally.spend((long) Math.ceil(m * cost))) {
            tally.notChecked();
            return e;
        }
        try {
            java.util.function.DoubleSupplier one = Simulations.sampler(literal, rng);
            CrossCompare.cdf(tally, text, e, Simulations.lineDraws(one, (int) m));
        } catch (RuntimeException ex) {
            tally.notChecked();
        }
        return e;
    }

    /** Whether this law is built for the first time at this instance. */
    private boolean firstTime(String text) {
        // the text names the base laws in full (DiscreteLaw.toString prints every mass and reward)
        return checked.add(text);
    }

    private boolean spend(long draws) {
        if (tally.spend(draws)) {
            return true;
        }
        tally.notChecked();
        return false;
    }

    private static String word(Ties t) {
        return t.name().toLowerCase(Locale.ROOT);
    }

    private static String[] outcomes(DiscreteLaw e) {
        String[] s = new String[e.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = "outcome " + i + " (reward " + e.reward(i) + ")";
        }
        return s;
    }
}
