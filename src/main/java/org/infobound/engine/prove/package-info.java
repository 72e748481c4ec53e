/**
 * The prover: makes PROVED real (spec/CHECK.md, "How a claim is decided", issue 5).
 *
 * <p><b>Pipeline.</b> {@link org.infobound.engine.prove.Prover#prove} takes a checked claim,
 * inlines its {@code where} definitions and searches, to a bounded depth, for a proof of the
 * formula: reflexivity; the claim's hypothesis; sign facts; certified evaluation of closed
 * relations {@code <=, <} by the engine's certified evaluator
 * ({@link org.infobound.engine.eval.ClosedValue#enclosure}, never {@code ==}); interval branch and bound for relations between numeric
 * expressions of numeric binders ({@link org.infobound.engine.prove.BranchAndBound}); chaining
 * through the trusted library ({@link org.infobound.engine.prove.TheoremLibrary},
 * {@code spec/library/*.claims}): to show {@code A r B} use an instance {@code A r1 C} (theorem
 * binders are pattern variables, the substitution is recorded, binder domains must cover the
 * substituted values, the theorem's hypothesis is proved as a sub-goal) and prove
 * {@code C r2 B}; equalities are used both ways; monotone contexts; rewriting inside a side with
 * library equalities that remove law and functional calls (closed forms, {@link
 * org.infobound.engine.prove.Rewriting}: each rewrite is a theorem instance lifted by congruence);
 * exact algebra for numeric identities ({@link org.infobound.engine.prove.Algebra}: both sides
 * normalised to quotients of Laurent polynomials with exact rational coefficients, compared by
 * cross-multiplication; {@code sqrt} of an even monomial with a square coefficient simplified only
 * where the binder ranges fix the signs); case splits on finite sets; range reduction ({@link
 * org.infobound.engine.prove.JointRange}: bounded functionals such as TV, H2, BC and exp(-KL)
 * replaced by variables over their definitional ranges, the numeric relation proved on the whole
 * box) and the identity D(p || p) == 0 ({@link org.infobound.engine.prove.Identities}); see
 * proofs/theorems/joint_range.md.
 *
 * <p><b>Certificates.</b> Every step is recorded in a {@link
 * org.infobound.engine.prove.ProofCertificate} (JSON through {@link
 * org.infobound.engine.prove.CertificateJson}); {@link
 * org.infobound.engine.prove.CertificateChecker} replays it without the search, re-instantiating
 * theorems, re-checking domains and contexts, recomputing every branch-and-bound leaf and the
 * tiling of the box (in one dimension by the KeY-verified kernel {@code IntervalTiling} alone,
 * proofs/README.md; in two or more by the unverified guillotine recursion of {@code Tiling}), and re-normalising both sides of every exact-algebra step (the recorded normal
 * form must match). The prover returns only certificates its checker accepts.
 *
 * <p><b>Side conditions and effective domains.</b> Every dist binder lives on the claim's shared
 * alphabet (the first dist binder's domain, {@link org.infobound.engine.prove.Domains#effective});
 * the prover, the library and the certificate use these effective domains. Before any proof and
 * on every replay, {@link org.infobound.engine.prove.SideConditions} discharges the side
 * conditions of every call (law parameters, Renyi orders, {@code Df} generators proved convex by
 * {@link org.infobound.engine.prove.Convexity} with f(1) = 0 exactly, sqrt/log arguments) over
 * the whole domain; sign facts, definedness (reflexivity) and theorem instances rely on them.
 *
 * <p><b>Soundness rules.</b> Any step that cannot be certified (unsupported function, undefined
 * value, budget exhausted, unbounded range) makes the claim "not proved", never PROVED; the
 * engine then falsifies and reports SURVIVED at best. Budgets count steps and cells, not time.
 * Numeric leaves use outward-rounded {@link org.infobound.num.Interval} arithmetic; the
 * mean-value form and monotonicity faces are used only where every intermediate enclosure is
 * finite (no pole in the box, so the function is continuous there). Open ends of real ranges
 * are checked as closed ones (a superset). Integer ranges are split down to single points
 * (certified exhaustion) where relaxation to reals does not close a cell.
 */
package org.infobound.engine.prove;
