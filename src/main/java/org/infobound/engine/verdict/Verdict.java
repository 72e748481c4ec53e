package org.infobound.engine.verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict on one claim (spec/CHECK.md, "Verdicts"): a closed set of records carrying
 * their evidence.
 */
public sealed interface Verdict {

    /** The kind of this verdict. */
    VerdictKind kind();

    /** The word in text reports: the kind's word, or {@code PROVED assuming t1, t2}. */
    default String label() {
        return kind().word();
    }

    /** The word in JSON: the kind's word, or {@code proved_assuming}. */
    default String jsonWord() {
        return kind().jsonWord();
    }

    /**
     * Holds on the whole domain, or (with premises) holds on the whole domain if the named
     * {@code theorem}s of the claims file hold: PROVED ASSUMING (spec/CHECK.md). Its kind is
     * still {@link VerdictKind#PROVED}, but it does not meet {@code expect proved}.
     *
     * @param certificate the certified evidence
     * @param premises the file's theorems the certificate uses that are not themselves PROVED
     *                 (empty: proved outright)
     */
    record Proved(Certificate certificate, List<String> premises) implements Verdict {
        /** Requires a certificate. */
        public Proved {
            java.util.Objects.requireNonNull(certificate, "PROVED needs a certificate");
            premises = List.copyOf(premises);
        }

        /** Proved outright. */
        public Proved(Certificate certificate) {
            this(certificate, List.of());
        }

        /** Whether the proof rests on unproved theorems of the file. */
        public boolean assuming() {
            return !premises.isEmpty();
        }

        @Override
        public VerdictKind kind() {
            return VerdictKind.PROVED;
        }

        @Override
        public String label() {
            return assuming() ? "PROVED assuming " + String.join(", ", premises) : "PROVED";
        }

        @Override
        public String jsonWord() {
            return assuming() ? "proved_assuming" : "proved";
        }
    }

    /**
     * A certified counterexample.
     *
     * @param counterexample the shrunk, certified counterexample
     * @param tries instances evaluated before (and including) the find
     * @param undefinedNoted instances where a side was undefined, noted alongside (section 5)
     */
    record Falsified(Counterexample counterexample, long tries, List<Map<String, String>> undefinedNoted)
            implements Verdict {
        /** Requires a counterexample. */
        public Falsified {
            java.util.Objects.requireNonNull(counterexample, "FALSIFIED needs a counterexample");
            undefinedNoted = List.copyOf(undefinedNoted);
        }

        @Override
        public VerdictKind kind() {
            return VerdictKind.FALSIFIED;
        }
    }

    /**
     * No counterexample within the budget.
     *
     * @param tries instances evaluated (skipped ones included)
     * @param seed the seed of the search
     * @param smallestMargin the smallest margin seen over evaluated instances (how close the
     *                       search came to a violation; {@code +inf} when none was finite)
     * @param skipped instances excluded by {@code assuming}
     * @param outOfRange instances whose floating-point evaluation left the double range (a
     *                   finite value overflowed), so they were not tested; reported, never silent
     * @param outOfRangeAt up to three of them
     * @param notes what the search left out of the declared domain, e.g. {@code "searched
     *              alphabets of 60..4096 outcomes of the declared 60..100000"} (empty when the
     *              search covered the declared domain's kinds of values)
     * @param floatNoise the largest float violation that certification did not show to be float
     *                   error, divided by its float error bound ({@link Unconfirmed#bound}); at
     *                   most 1 (above 1 the verdict is UNCONFIRMED), 0 when the float route saw
     *                   no violation
     */
    record Survived(long tries, long seed, double smallestMargin, long skipped, long outOfRange,
            List<Map<String, String>> outOfRangeAt, List<String> notes, double floatNoise) implements Verdict {
        /** Copies the instances and notes. */
        public Survived {
            outOfRangeAt = List.copyOf(outOfRangeAt);
            notes = List.copyOf(notes);
        }

        /** No float violation. */
        public Survived(long tries, long seed, double smallestMargin, long skipped, long outOfRange,
                List<Map<String, String>> outOfRangeAt, List<String> notes) {
            this(tries, seed, smallestMargin, skipped, outOfRange, outOfRangeAt, notes, 0);
        }

        /** No notes. */
        public Survived(long tries, long seed, double smallestMargin, long skipped, long outOfRange,
                List<Map<String, String>> outOfRangeAt) {
            this(tries, seed, smallestMargin, skipped, outOfRange, outOfRangeAt, List.of());
        }

        /** No instance out of range. */
        public Survived(long tries, long seed, double smallestMargin, long skipped) {
            this(tries, seed, smallestMargin, skipped, 0, List.of());
        }

        @Override
        public VerdictKind kind() {
            return VerdictKind.SURVIVED;
        }
    }

    /**
     * The float route saw a violation larger than its error bound, and the certified route could
     * not decide the instance (no certified enclosure, enclosures too wide, confirmation budget
     * spent): not a counterexample, never SURVIVED (spec/CHECK.md, "Verdicts").
     *
     * @param instance the instance (binder name to its exact value as text), in binder order
     * @param relation the violated relation's source text
     * @param left the float value of its left side
     * @param right the float value of its right side
     * @param margin the float margin (negative: the violation's size)
     * @param bound the float error bound at these sides, {@code FLOAT_REL * max(1, |left|, |right|)} over
     *              the finite sides, which {@code -margin} exceeds
     * @param reason why certification was impossible at this instance
     * @param tries instances evaluated
     * @param seed the seed of the search
     */
    record Unconfirmed(Map<String, String> instance, String relation, double left, double right, double margin,
            double bound, String reason, long tries, long seed) implements Verdict {

        /** The relative float error bound (spec/CHECK.md, "Verdicts"). */
        public static final double FLOAT_REL = 1e-6;

        /** Copies the instance, keeping its order. */
        public Unconfirmed {
            instance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(instance));
        }

        /** The float error bound at sides {@code left} and {@code right}. */
        public static double bound(double left, double right) {
            double m = 1;
            if (Double.isFinite(left)) {
                m = Math.max(m, Math.abs(left));
            }
            if (Double.isFinite(right)) {
                m = Math.max(m, Math.abs(right));
            }
            return FLOAT_REL * m;
        }

        /**
         * Whether a float margin at these sides is a violation beyond float noise: finite, and
         * {@code -margin > bound(left, right)}. An infinite margin (an infinite float side) is not
         * counted: float infinities also come from overflow and underflow (e.g. log(exp(-1000)) is
         * -inf in floating point), which the float route cannot tell from true infinities.
         */
        public static boolean beyondNoise(double margin, double left, double right) {
            return Double.isFinite(margin) && margin < 0 && -margin > bound(left, right);
        }

        @Override
        public VerdictKind kind() {
            return VerdictKind.UNCONFIRMED;
        }
    }

    /**
     * Could not be decided reliably.
     *
     * @param reason why, e.g. {@code "undefined at instance: 0 * inf"}
     * @param instance the instance concerned (binder name to value), empty when none
     * @param tries instances evaluated
     * @param seed the seed of the search
     */
    record Inconclusive(String reason, Map<String, String> instance, long tries, long seed)
            implements Verdict {
        /** Copies the instance, keeping its order. */
        public Inconclusive {
            instance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(instance));
        }

        @Override
        public VerdictKind kind() {
            return VerdictKind.INCONCLUSIVE;
        }
    }

    /**
     * The claim is malformed or could not be evaluated at all.
     *
     * @param diagnostics the diagnostics, typed (file, span, severity, code, message, hint) with
     *                    their rendering
     */
    record Error(List<ReportedDiagnostic> diagnostics) implements Verdict {
        /** Copies the list. */
        public Error {
            diagnostics = List.copyOf(diagnostics);
        }

        @Override
        public VerdictKind kind() {
            return VerdictKind.ERROR;
        }
    }
}
