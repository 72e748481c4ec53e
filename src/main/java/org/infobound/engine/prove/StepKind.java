package org.infobound.engine.prove;

/** The inference rules a certificate may use; {@link CertificateChecker} knows each. */
public enum StepKind {
    /** An instance of a library theorem under a recorded substitution (domains and hypothesis checked). */
    THEOREM,
    /** A conjunct of the claim's {@code assuming}. */
    ASSUMPTION,
    /** {@code a == b} gives {@code b == a}. */
    SYMMETRY,
    /** {@code a r1 b}, {@code b r2 c} give {@code a r c}. */
    TRANSITIVITY,
    /** {@code x <= y} (or {@code ==}) gives {@code C[x] <= C[y]} for an increasing context C. */
    MONOTONE,
    /** {@code 0 <= e} for e nonnegative by definition or by its certified enclosure. */
    SIGN,
    /** {@code a <= a}, {@code a == a}. */
    REFLEXIVITY,
    /** A relation between numeric expressions of numeric binders, by interval branch and bound. */
    NUMERIC,
    /** A closed relation, by certified evaluation of both sides. */
    EVALUATION,
    /** One premise per element of a finite-set binder. */
    CASES,
    /** {@code a == b} and a nonnegative tolerance give {@code a ~= b within t}. */
    APPROX,
    /** Premises for each conjunct (or each link of a chain). */
    CONJUNCTION,
    /**
     * {@code a == b} (or {@code a <= b}) between numeric expressions that normalise to the same
     * exact rational form ({@link Algebra}); the note records the form, the checker recomputes it.
     */
    ALGEBRA,
    /**
     * {@code A(X) r B(X)} for bounded functionals X of laws (TV, H2, BC in [0, 1]; exp(-Y) in
     * [0, 1] for Y >= 0), from a branch-and-bound certificate of {@code A(u) r B(u)} for every u
     * in X's range ({@link JointRange}; proofs/theorems/joint_range.md). The checker recomputes
     * the abstraction from the fact.
     */
    RANGE_REDUCTION,
    /** {@code D(p || p) == 0} for a divergence D whose side conditions hold ({@link Identities}). */
    IDENTITY,
    /**
     * An instance of a one-variable library theorem (binder on {@code [lo, inf)}, no hypothesis,
     * {@code <=} or {@code <}) at a value certainly in {@code [lo, inf]}: finite values by the
     * theorem, the value inf by certified evaluation of the relation at inf
     * ({@link ExtendedInstance}; proofs/theorems/joint_range.md section 3).
     */
    THEOREM_AT_INF,
    /**
     * {@code A r B} by linear rearrangement ({@link Linear}): exact linear forms over finite atoms,
     * E expanded by linearity on a finite alphabet; from no premise ({@code ==}: equal forms; {@code <=}:
     * B - A at least a nonnegative constant) or from a first premise {@code X r' Y} with
     * (B - A) - (Y - X) at least a nonnegative constant ({@code c abs(w) >= +-c w}). Further premises
     * are facts {@code t < inf} for the functionals. The checker recomputes the forms.
     */
    LINEAR,
    /**
     * {@code c * X^2 r B} from {@code X r sqrt(B / c)} (or {@code A r c * Y^2} from
     * {@code sqrt(A / c) r Y}): x -> c x^2 is strictly increasing on [0, inf], X and the other side
     * certainly in [0, inf] ({@link MonotoneTransform}). The checker recomputes the premise.
     */
    MONOTONE_TRANSFORM
}
