/**
 * Our own randomized search for counterexamples (no property-testing library; spec/CHECK.md): generators for every
 * domain kind with edge cases first, random instances, targeted local search on the margin,
 * certified confirmation and shrinking toward small alphabets, small n and simple rationals.
 * Every search is reproducible from its seed ({@link java.util.SplittableRandom}); budgets are in
 * tries, with a time cap that can only turn a verdict into SURVIVED or INCONCLUSIVE.
 */
package org.infobound.engine.falsify;
