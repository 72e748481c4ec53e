package org.infobound.engine.falsify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.infobound.engine.eval.Instance;

/**
 * The state of one stretch of the search (the whole search, or one block of it): its random
 * stream, the instances it has seen, the smallest margin and where, what was undefined, and a
 * confirmed violation if it found one. {@link Falsifier} runs stretches and merges them.
 */
final class Search {

    /** Instances remembered to skip repeats (small finite domains, closed claims). */
    private static final int MAX_REMEMBERED = 100_000;
    /** Consecutive repeated draws after which the domain is taken as exhausted. */
    private static final int MAX_DUPLICATES = 200;

    private final ClaimSpace space;
    private Property prop;
    private final Budget budget;
    private final Rng rng;
    private final Set<Instance> seen = new HashSet<>(4096);

    long tries;
    long skipped;
    long outOfRange;
    final List<Map<String, String>> outOfRangeAt = new ArrayList<>();
    int confirmations;
    double smallest = Double.POSITIVE_INFINITY;
    Instance best;
    Instance undefinedAt;
    String undefinedWhy;
    final List<Map<String, String>> undefinedNoted = new ArrayList<>();
    /** The first certified violation, with its confirmation; null while none. */
    Instance violation;
    Confirmation violationConfirmed;
    /** Set when the search hit an empty domain (the message). */
    String emptyDomain;
    /** Repeated draws in a row. */
    private int duplicates;
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
                emptyDomain = e.getMessage();
                return;
            }
            if (seen.size() < MAX_REMEMBERED && !seen.add(x)) {
                // a finite domain drawn again: nothing new to learn; stop once it looks exhausted
                t--;
                if (++duplicates >= MAX_DUPLICATES) {
                    return;
                }
                continue;
            }
            duplicates = 0;
            tries++;
            if (evaluate(x)) {
                return;
            }
        }
    }

    /** Evaluates one instance; true when it is a certified violation (the search stops). */
    private boolean evaluate(Instance x) {
        Trial trial = prop.evaluate(x);
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
                    }
                    return false;
                }
                if (violation != null) {
                    return true;
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
        Confirmation c = prop.confirm(x);
        if (c.status() == Confirmation.Status.CONFIRMED) {
            violation = x;
            violationConfirmed = c;
        }
        return c;
    }

    /** Keeps the first instance that was undefined or could not be evaluated, and why. */
    private void noteUndefined(Instance x, String why) {
        if (undefinedAt == null) {
            undefinedAt = x;
            undefinedWhy = why;
        }
    }

    private Instance next(long t, long edgeTries, long localFrom) throws InstanceGen.EmptyDomain {
        if (t < edgeTries) {
            return InstanceGen.draw(space, rng, 0.8);
        }
        if (t >= localFrom && best != null && rng.chance(0.8)) {
            for (int attempt = 0; attempt < 5; attempt++) {
                try {
                    Instance y = Moves.mutate(best, space, rng);
                    if (InstanceGen.valid(space, y)) {
                        return y;
                    }
                } catch (ArithmeticException | IllegalArgumentException e) {
                    // a move left the representable range; try another
                }
            }
        }
        return InstanceGen.draw(space, rng, 0.1);
    }
}
