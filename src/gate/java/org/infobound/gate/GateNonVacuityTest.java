package org.infobound.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The gate is not vacuous: on a deliberately broken copy of {@code Selection.firstMaxIndex}
 * (src/test/resources/kernel-broken, {@code >=} instead of {@code >}) it reports the broken
 * contract OPEN, still closes the intact exceptional contract, refuses a public method without
 * a contract and a manifest entry naming no contract, and exits non-zero. Runs KeY (proofs
 * profile only), about a minute.
 */
class GateNonVacuityTest {

  @Test
  void brokenKernelMethodMakesTheGateFail() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code = Gate.run(new String[] {
        "--kernel=src/test/resources/kernel-broken",
        "--settings=proofs/settings.properties",
        "--manifest=src/test/resources/gate-broken-manifest.txt",
        "--timeout=60"}, new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    System.out.println(out);
    assertEquals(1, code, out);
    assertTrue(out.contains("OPEN Selection::firstMaxIndex([I)#normal_behavior"), out);
    assertTrue(out.contains("CLOSED Selection::firstMaxIndex([I)#exceptional_behavior"), out);
    assertTrue(out.contains("FAIL manifest contract stays open: "
        + "Selection::firstMaxIndex([I)#normal_behavior"), out);
    assertTrue(out.contains("FAIL manifest entry matches no contract: "
        + "Selection::noSuchMethod([I)#normal_behavior.0"), out);
    assertTrue(out.contains("FAIL public kernel method has no contract: "
        + "org.infobound.math.kernel.Selection::uncontracted"), out);
    assertTrue(out.contains("GATE FAILED"), out);
  }

  /**
   * Every kernel step a verdict rests on has a broken copy (src/test/resources/kernel-broken-steps:
   * an extra factor in {@code power}, the cumulative power instead of the level weight in
   * {@code weight} and in {@code levelWeights} (every level weighed from 0), a weight left out
   * of {@code BonWeights.total}, one wrong line per
   * contract case of {@code IntRange.values}, a change at position 1 missed by
   * {@code TieGroups.levels}, overlapping leaves accepted by {@code IntervalTiling}, one wrong
   * line in each method of {@code BoxTiling}); the gate leaves each of their contracts open and
   * fails.
   */
  @Test
  void brokenStepsMakeTheGateFail() {
    String[] ids = {
        "BonWeights::power(long,int)#normal_behavior.0",
        "BonWeights::levelWeights([J,int)#normal_behavior.0",
        "BonWeights::total([J)#normal_behavior.0",
        "BonWeights::weight(long,long,int)#normal_behavior.0",
        "BoxTiling::allInside([[J,[[J,[J,[J,int)#normal_behavior.0",
        "BoxTiling::disjointFromEarlier([[J,[[J,int,int)#normal_behavior.0",
        "BoxTiling::inside([J,[J,[J,[J,int)#normal_behavior.0",
        "BoxTiling::pairwiseDisjoint([[J,[[J,int)#normal_behavior.0",
        "BoxTiling::separated([J,[J,[J,[J,int)#normal_behavior.0",
        "BoxTiling::sumOfVolumes([[J,[[J,int)#normal_behavior.0",
        "BoxTiling::times(long,long)#normal_behavior.0",
        "BoxTiling::volume([J,[J,int)#normal_behavior.0",
        "IntRange::values(long,long,int)#normal_behavior.0",
        "IntRange::values(long,long,int)#normal_behavior.1",
        "IntRange::values(long,long,int)#normal_behavior.2",
        "TieGroups::levels([J)#normal_behavior.0",
        "IntervalTiling::tilesExactlyOnce([J,[J,long,long)#normal_behavior.0"};
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code = Gate.run(new String[] {
        "--kernel=src/test/resources/kernel-broken-steps",
        "--settings=proofs/settings.properties",
        "--manifest=src/test/resources/gate-broken-steps-manifest.txt",
        "--only=" + String.join("|", ids),
        "--timeout=60"}, new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    System.out.println(out);
    assertEquals(1, code, out);
    for (String id : ids) {
      assertTrue(out.contains("OPEN " + id), out);
      assertTrue(out.contains("FAIL manifest contract stays open: " + id), out);
    }
    assertTrue(out.contains("GATE FAILED"), out);
  }

  /**
   * The broken top method of {@code BoxTiling} ({@code total >= dv} instead of {@code ==}) gets
   * the same budget as the intact one: the manifest's 40 000 steps (proofs/manifest.txt) and 300 s,
   * more than the intact proof needs (24 276 nodes, 101 to 131 s, proofs/README.md). With the
   * 60 s of the test above, OPEN would only show that the budget ran out.
   */
  @Test
  void brokenTopTilingMethodStaysOpenWithTheIntactBudget() {
    String id = "BoxTiling::coversExactlyOnce([[J,[[J,[J,[J)#normal_behavior.0";
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code = Gate.run(new String[] {
        "--kernel=src/test/resources/kernel-broken-steps",
        "--settings=proofs/settings.properties",
        "--manifest=src/test/resources/gate-broken-steps-manifest.txt",
        "--only=" + id,
        "--timeout=300"}, new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    System.out.println(out);
    assertEquals(1, code, out);
    assertTrue(out.contains("NOTE step limit 40000 (manifest) for " + id), out);
    assertTrue(out.contains("OPEN " + id), out);
    assertTrue(out.contains("FAIL manifest contract stays open: " + id), out);
  }
}
