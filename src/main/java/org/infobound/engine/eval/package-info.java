/**
 * Evaluation of a checked claim at an instance of its domain, in three modes: floating point
 * (fast, for search), certified intervals (confirmation) and sampled (Monte Carlo).
 *
 * <p>An {@link org.infobound.engine.eval.Instance} is one point of a claim's domain: a value per
 * binder ({@link org.infobound.engine.eval.Input}) and the claim's shared alphabet (one reward
 * per outcome, spec/LANGUAGE.md section 5). Inputs are exact: integers, rationals, rational
 * probability vectors summing exactly to 1, and doubles taken as the exact rationals they are.
 */
package org.infobound.engine.eval;
