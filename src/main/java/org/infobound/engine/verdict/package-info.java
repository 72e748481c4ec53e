/**
 * Verdicts: the closed set of outcomes of deciding a claim (spec/CHECK.md, "Verdicts"), each a
 * record carrying its evidence, and the expectation semantics of the CI gate.
 *
 * <p>Soundness (spec/TRUST.md, "What a verdict may rest on"): {@link
 * org.infobound.engine.verdict.Verdict.Proved} is only built from a {@link
 * org.infobound.engine.verdict.Certificate}; {@link org.infobound.engine.verdict.Verdict.Falsified}
 * only from a counterexample confirmed with certified arithmetic.
 */
package org.infobound.engine.verdict;
