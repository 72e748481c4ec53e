package org.infobound.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GateVerdictTest {

  private static ContractOutcome outcome(String id, boolean closed) {
    return new ContractOutcome(id, "key name of " + id, closed, 10, 1.0, 0, closed ? 0 : 1);
  }

  @Test
  void allManifestContractsClosedPasses() {
    List<String> f = GateVerdict.failures(List.of("A#normal_behavior.0"),
        List.of(outcome("A#normal_behavior.0", true), outcome("B#normal_behavior.0", false)),
        List.of());
    assertTrue(f.isEmpty(), f.toString());
  }

  @Test
  void openManifestContractFails() {
    List<String> f = GateVerdict.failures(List.of("A#normal_behavior.0"),
        List.of(outcome("A#normal_behavior.0", false)), List.of());
    assertEquals(List.of("manifest contract stays open: A#normal_behavior.0"), f);
  }

  @Test
  void manifestEntryWithoutContractFails() {
    List<String> f = GateVerdict.failures(List.of("Gone#normal_behavior.0"),
        List.of(outcome("A#normal_behavior.0", true)), List.of());
    assertEquals(List.of("manifest entry matches no contract: Gone#normal_behavior.0"), f);
  }

  @Test
  void publicMethodWithoutContractFails() {
    List<String> f = GateVerdict.failures(List.of(), List.of(), List.of("k.K::m"));
    assertEquals(List.of("public kernel method has no contract: k.K::m"), f);
  }

  @Test
  void contractsMissingFromTheManifestAreListed() {
    assertEquals(List.of("B#normal_behavior.0"), GateVerdict.unlisted(List.of("A#normal_behavior.0"),
        List.of(outcome("A#normal_behavior.0", true), outcome("B#normal_behavior.0", true))));
  }

  @Test
  void proofFileNamesAreFileSystemSafe() {
    assertEquals("Counts__total__I_.normal_behavior.0.proof",
        KernelProver.fileName("Counts::total([I)#normal_behavior.0"));
  }
}
