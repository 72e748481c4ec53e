package org.infobound.engine.falsify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.infobound.engine.eval.Instance;

/**
 * The state of one stretch of the search (the whole search, or one block of it): its random
 * stream, the instances it has seen, the smallest margin and where, what was undefined, and a
 * confirmed violation if it found one. {@link Falsifier} runs stretches and merges them.
 */
final class Search {

    /** Violations beyond the float error bound kept for confirmation after the budget is spent. */
    static final int PENDING = 8;
    /** Instances remembered to skip repeats (small finite domains, closed claims). */
    private static final int MAX_REMEMBERED = 100_000;
    /** Consecutive repeated draws after which the domain is taken as exhausted. */
    private static final int MAX_DUPLICATES = 200;
    /**
     * Consecutive draws that met an empty dependent range (or no reward assignment at the drawn
     * alphabet size) after which the domain is taken as empty: such a draw is no instance and is
     * not counted as a try (spec/LANGUAGE.md section 4), but a domain empty at every draw must
     * still stop the search.
     */
    static final int MAX_EMPTY_DRAWS = 10_000;

    private final ClaimSpace space;
    private Property prop;
    private final Budget budget;
    private final Rng rng;
    /**
     * The instances seen (as the set of them: only membership and size are ever read), each with
     * a validity memo: TRUE when that instance is known to pass {@link InstanceGen#valid} (it came
     * from the climbing stage's moves, which return only instances that passed it), FALSE when
     * unknown (a draw of {@link InstanceGen#draw}, which is not checked there). See
     * {@link #admittedMove}.
     */
    private final HashMap<Instance, Boolean> seen = new HashMap<>(4096);
    /**
     * Set by {@link #next}: whether the instance it returned came from a move (so it passed
     * {@link InstanceGen#valid}), and whether it was found in {@link #seen} there.
     */
    private boolean nextValid;
    private boolean nextSeen;

    long tries;
    long skipped;
    long outOfRange;
    final List<Map<String, String>> outOfRangeAt = new ArrayList<>();
    int confirmations;
    private final List<Pending> pending = new ArrayList<>();
    private Pending droppedBest;
    double smallest = Double.POSITIVE_INFINITY;
    Instance best;
    Instance undefinedAt;
    String undefinedWhy;
    final List<Map<String, String>> undefinedNoted = new ArrayList<>();
    /** The first certified violation, with its confirmation; null while none. */
    Instance violation;
    Confirmation violationConfirmed;
    /**
     * The float violation beyond the float error bound that certification could not decide, with
     * the largest violation relative to its bound (spec/CHECK.md, UNCONFIRMED); null while none.
     */
    Instance unconfirmedAt;
    /** The largest float violation not shown to be float error, over its bound (0 when none). */
    double floatNoise;
    Trial unconfirmedTrial;
    String unconfirmedWhy;
    /** Set when the search hit an empty domain (the message). */
    String emptyDomain;
    /** Admission checks of moved instances skipped by the validity memo (tests read it). */
    long validSkipped;
    /** Repeated draws in a row. */
    private int duplicates;
    /** Draws in a row that met an empty dependent range. */
    private int emptyDraws;
    /** Set when the wall-clock cap stopped this stretch before its last try. */
    boolean timedOut;
    /** Candidates the admission rule rejected before confirmation (a generator bug if any). */
    long notAdmitted;
    String notAdmittedWhy;

    Search(ClaimSpace space, Property prop, Budget budget, Rng rng, Instance start) {
        this.space = space;
        this.prop = prop;
        this.budget = budget;
        this.rng = rng;
        this.best = start;
    }

    /** The property this stretch evaluates with (set by the thread that runs it). */
    void bind(Property p) {
        this.prop = p;
    }

    /**
     * Runs global tries {@code from} (inclusive) to {@code to} (exclusive); the phase of each
     * try follows from its global index. Stops early at a confirmed violation, an exhausted or
     * empty domain, when {@code deadlineNanos} has passed (0 = none) or when
     * {@code cancelled} says so.
     */
    void run(long from, long to, long edgeTries, long localFrom, long deadlineNanos,
            java.util.function.BooleanSupplier cancelled) {
        loop(from, to, edgeTries, localFrom, deadlineNanos, cancelled);
        if (violation == null && emptyDomain == null) {
            settlePending();
        }
    }

    private void loop(long from, long to, long edgeTries, long localFrom, long deadlineNanos,
            java.util.function.BooleanSupplier cancelled) {
        int block = prop.block();
        if (block > 1) {
            blockLoop(from, to, edgeTries, localFrom, deadlineNanos, cancelled, block);
            return;
        }
        for (long t = from; t < to; t++) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            if (deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0) {
                timedOut = true;
                return;
            }
            Instance x;
            try {
                x = next(t, edgeTries, localFrom);
            } catch (InstanceGen.EmptyDomain e) {
                if (!e.partial || ++emptyDraws >= MAX_EMPTY_DRAWS) {
                    emptyDomain = e.getMessage();
                    return;
                }
                t--; // no instance here (a dependent range empty at these earlier values): draw again
                continue;
            }
            emptyDraws = 0;
            if (seen.size() < MAX_REMEMBERED && repeated(x)) {
                // a finite domain drawn again: nothing new to learn; stop once it looks exhausted
                t--;
                if (++duplicates >= MAX_DUPLICATES) {
                    return;
                }
                continue;
            }
            duplicates = 0;
            tries++;
            if (evaluate(x, prop.evaluate(x))) {
                return;
            }
        }
    }

    /**
     * The same search as the one-at-a-time loop above, with the float route evaluated a block
     * at a time ({@link Property#evaluateBlock}): instances are drawn in the same order from the
     * same random stream, and then handled one by one in that order exactly as before (the
     * smallest margin, confirmations, the stop at a certified violation). Only draws that do
     * not depend on earlier results are batched: before {@code localFrom}; from there on each
     * draw may climb from the best instance so far, so the block is one instance. Instances drawn
     * after a stopping one are never counted or reported. The cancellation and the wall-clock
     * cap are checked before every draw, as before.
     */
    private void blockLoop(long from, long to, long edgeTries, long localFrom, long deadlineNanos,
            java.util.function.BooleanSupplier cancelled, int block) {
        Instance[] xs = new Instance[block];
        Trial[] out = new Trial[block];
        long t = from;
        while (t < to) {
            int n = 0;
            String stop = null;
            while (t < to && n < block) {
                if (t >= localFrom && n > 0) {
                    break; // the next draw may climb from the results of these
                }
                if (cancelled.getAsBoolean()) {
                    stop = "cancelled";
                    break;
                }
                if (deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0) {
                    stop = "timed out";
                    break;
                }
                Instance x;
                try {
                    x = next(t, edgeTries, localFrom);
                } catch (InstanceGen.EmptyDomain e) {
                    if (!e.partial || ++emptyDraws >= MAX_EMPTY_DRAWS) {
                        stop = "empty:" + e.getMessage();
                        break;
                    }
                    continue; // no instance at these earlier values: draw again
                }
                emptyDraws = 0;
                if (seen.size() < MAX_REMEMBERED && repeated(x)) {
                    if (++duplicates >= MAX_DUPLICATES) {
                        stop = "exhausted";
                        break;
                    }
                    continue;
                }
                duplicates = 0;
                xs[n++] = x;
                t++;
            }
            if (n > 0) {
                prop.evaluateBlock(xs, n, out);
                for (int i = 0; i < n; i++) {
                    tries++;
                    if (evaluate(xs[i], out[i])) {
                        return;
                    }
                }
                java.util.Arrays.fill(xs, 0, n, null);
                java.util.Arrays.fill(out, 0, n, null);
            }
            if (stop != null) {
                if (stop.equals("timed out")) {
                    timedOut = true;
                } else if (stop.startsWith("empty:")) {
                    emptyDomain = stop.substring("empty:".length());
                }
                return;
            }
        }
    }

    /** Handles one instance's float trial; true when it is a certified violation (the search stops). */
    private boolean evaluate(Instance x, Trial trial) {
        switch (trial.status()) {
            case SKIPPED:
                skipped++;
                return false;
            case HOLDS:
                if (trial.margin() < smallest) {
                    smallest = trial.margin();
                    best = x;
                }
                return false;
            case VIOLATED:
            case UNDEFINED:
                if (trial.status() == Trial.Status.VIOLATED && trial.margin() < smallest) {
                    smallest = trial.margin();
                    best = x;
                }
                Confirmation c = confirm(x);
                if (c == null) {
                    if (trial.status() == Trial.Status.UNDEFINED) {
                        noteUndefined(x, trial.detail());
                    } else {
                        keepPending(x, trial);
                    }
                    return false;
                }
                if (violation != null) {
                    return true;
                }
                if (trial.status() == Trial.Status.VIOLATED && c.status() == Confirmation.Status.NOT_CONFIRMED
                        && !c.reason().startsWith("not admitted") && !Confirmation.HOLDS_CERTIFIED.equals(c.reason())
                        && !c.refutes(trial.relation(), trial.left(), trial.right())) {
                    noteUnconfirmed(x, trial, c.reason());
                }
                if (c.status() == Confirmation.Status.UNDEFINED
                        || trial.status() == Trial.Status.UNDEFINED && c.status() != Confirmation.Status.SKIPPED) {
                    noteUndefined(x, c.status() == Confirmation.Status.UNDEFINED ? c.reason() : trial.detail());
                    if (undefinedNoted.size() < 3) {
                        undefinedNoted.add(x.render());
                    }
                }
                return false;
            case OUT_OF_RANGE:
                // the certified route may still decide it (its enclosures do not overflow)
                confirm(x);
                if (violation != null) {
                    return true;
                }
                outOfRange++;
                if (outOfRangeAt.size() < 3) {
                    outOfRangeAt.add(x.render());
                }
                return false;
            case FAILED:
                noteUndefined(x, "could not evaluate: " + trial.detail());
                return false;
            default:
                throw new AssertionError(trial.status());
        }
    }

    /**
     * Certified confirmation of a candidate while the budget lasts (null once it is spent); a
     * confirmed violation is kept as this stretch's result.
     */
    private Confirmation confirm(Instance x) {
        if (confirmations >= budget.confirmations()) {
            return null;
        }
        // the one admission rule: an instance outside the exact domain is never a candidate
        String why = Admission.reason(space, x);
        if (why != null) {
            notAdmitted++;
            if (notAdmittedWhy == null) {
                notAdmittedWhy = why;
            }
            return Confirmation.notConfirmed("not admitted: " + why);
        }
        confirmations++;
        long t0 = System.nanoTime();
        Confirmation c = prop.confirm(x);
        org.infobound.engine.batch.BatchStats.confirmation(System.nanoTime() - t0);
        if (c.status() == Confirmation.Status.CONFIRMED) {
            violation = x;
            violationConfirmed = c;
        }
        return c;
    }

    /**
     * Keeps the float violation beyond the float error bound that certification could not
     * decide with the largest ratio of violation to bound (the first on ties); violations within
     * the bound are float noise (spec/CHECK.md).
     */
    private void noteUnconfirmed(Instance x, Trial trial, String why) {
        if (Double.isFinite(trial.margin())) {
            floatNoise = Math.max(floatNoise, ratio(trial));
        }
        if (!org.infobound.engine.verdict.Verdict.Unconfirmed.beyondNoise(trial.margin(), trial.left(), trial.right())) {
            return;
        }
        if (Admission.reason(space, x) != null) {
            return;
        }
        if (unconfirmedTrial == null || ratio(trial) > ratio(unconfirmedTrial)) {
            unconfirmedAt = x;
            unconfirmedTrial = trial;
            unconfirmedWhy = why;
        }
    }

    /**
     * Keeps a violation beyond the float error bound seen after the confirmation budget was
     * spent: the {@value #PENDING} largest (relative to their bound) are confirmed when the
     * stretch ends ({@link #settlePending}); the others are counted.
     */
    private void keepPending(Instance x, Trial trial) {
        if (Double.isFinite(trial.margin()) && ratio(trial) <= 1) {
            floatNoise = Math.max(floatNoise, ratio(trial));
        }
        if (!org.infobound.engine.verdict.Verdict.Unconfirmed.beyondNoise(trial.margin(), trial.left(), trial.right())
                || Admission.reason(space, x) != null) {
            return;
        }
        pending.add(new Pending(x, trial));
        pending.sort((a, b) -> Double.compare(ratio(b.trial()), ratio(a.trial())));
        if (pending.size() > PENDING) {
            Pending dropped = pending.remove(pending.size() - 1);
            if (droppedBest == null || ratio(dropped.trial()) > ratio(droppedBest.trial())) {
                droppedBest = dropped;
            }
        }
    }

    /**
     * Confirms the kept violations beyond the float error bound, largest first: a certified one
     * is this stretch's counterexample; one that holds under certified evaluation, or whose float
     * sides lie outside their certified enclosures, is float error; any other is unconfirmed. If
     * every kept one was float error but more were seen than kept, the largest of those is
     * unconfirmed (the budget was spent before it could be certified).
     */
    private void settlePending() {
        boolean allError = true;
        for (Pending p : pending) {
            Confirmation c = prop.confirm(p.x());
            if (c.status() == Confirmation.Status.CONFIRMED) {
                violation = p.x();
                violationConfirmed = c;
                return;
            }
            if (c.status() == Confirmation.Status.NOT_CONFIRMED && !Confirmation.HOLDS_CERTIFIED.equals(c.reason())
                    && !c.refutes(p.trial().relation(), p.trial().left(), p.trial().right())) {
                noteUnconfirmed(p.x(), p.trial(), c.reason());
                allError = false;
            }
        }
        if (allError && droppedBest != null) {
            noteUnconfirmed(droppedBest.x(), droppedBest.trial(), "the certified confirmation budget ("
                    + budget.confirmations() + " candidates, and the " + PENDING + " largest violations after it) was spent");
        }
    }

    /** A violation beyond the float error bound waiting for confirmation. */
    private record Pending(Instance x, Trial trial) {
    }

    /** The violation relative to its float error bound. */
    static double ratio(Trial t) {
        if (!(t.margin() < 0)) {
            return 0;
        }
        return -t.margin() / org.infobound.engine.verdict.Verdict.Unconfirmed.bound(t.left(), t.right());
    }

    /** Keeps the first instance that was undefined or could not be evaluated, and why. */
    private void noteUndefined(Instance x, String why) {
        if (undefinedAt == null) {
            undefinedAt = x;
            undefinedWhy = why;
        }
    }

    /**
     * Whether x, just returned by {@link #next}, was seen before; if not, it is remembered now.
     * Exactly {@code !seen.add(x)} of the set of seen instances: when {@link #next} found x in
     * {@link #seen}, x is still there (nothing is added or removed in between, and {@link #seen}
     * never shrinks), so x is a repeat without a second lookup; otherwise {@code putIfAbsent}
     * adds x when absent and returns non-null when present, as {@code Set.add} returns false.
     */
    private boolean repeated(Instance x) {
        if (nextSeen) {
            return true;
        }
        return seen.putIfAbsent(x, nextValid ? Boolean.TRUE : Boolean.FALSE) != null;
    }

    private Instance next(long t, long edgeTries, long localFrom) throws InstanceGen.EmptyDomain {
        nextValid = false;
        nextSeen = false;
        if (t < edgeTries) {
            return InstanceGen.draw(space, rng, 0.8);
        }
        if (t >= localFrom && best != null && rng.chance(0.8)) {
            for (int attempt = 0; attempt < 5; attempt++) {
                nextSeen = false;
                try {
                    Instance y = Moves.mutate(best, space, rng);
                    if (admittedMove(y)) {
                        nextValid = true;
                        return y;
                    }
                } catch (ArithmeticException | IllegalArgumentException e) {
                    // a move left the representable range; try another
                }
            }
            nextSeen = false;
        }
        return InstanceGen.draw(space, rng, 0.1);
    }

    /**
     * {@code InstanceGen.valid(space, y)} for a moved instance, without the check when an equal
     * instance is known to pass it. Equivalence: {@code valid} is a pure function of the
     * instance's value (Admission.reason without deep checks reads the alphabet size, the
     * rewards' doubles and each binder's value through {@code Dom.contains} of its domain
     * resolved from the earlier values; every {@code contains} and {@link RewardSpec#admits}
     * reads only what {@link Instance#equals} compares: the reward doubles, integer and rational
     * values, a vector's doubles and size, fn values, kernel rows, law family and parameters,
     * choice index), it uses no random numbers and changes no state of the search. So an
     * instance equal to one that passed passes too, and skipping the call changes nothing: the
     * same instances are returned, in the same order, from the same random stream. When y is
     * found in {@link #seen} this sets {@link #nextSeen} (y is a repeat if returned); a member
     * whose memo was unknown is marked valid once it passes. SearchRepeatTest checks the search
     * against the historical check on invalid draws, repeated draws and dependent domains.
     */
    private boolean admittedMove(Instance y) {
        Boolean known = seen.get(y);
        nextSeen = known != null;
        if (known == Boolean.TRUE) {
            validSkipped++;
            return true;
        }
        boolean ok = InstanceGen.valid(space, y);
        if (ok && known != null) {
            seen.put(y, Boolean.TRUE);
        }
        return ok;
    }
}
