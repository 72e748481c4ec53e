package org.infobound.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison of fresh proofs (target/proofs) with the committed ones (proofs/), without KeY. */
class GateProofComparisonTest {

  private static ContractOutcome outcome(String id, boolean closed) {
    return new ContractOutcome(id, id, closed, 10, 1.0, 0, closed ? 0 : 1);
  }

  private static void write(File dir, String id, String body) throws Exception {
    dir.mkdirs();
    Files.writeString(new File(dir, KernelProver.fileName(id)).toPath(), body, StandardCharsets.UTF_8);
  }

  @Test
  void reportsChangedNewLostAndStaleProofs(@TempDir Path tmp) throws Exception {
    File fresh = tmp.resolve("target-proofs").toFile();
    File saved = tmp.resolve("proofs").toFile();
    // same body; only the relative source line and the automation time differ
    write(fresh, "A::same()#normal_behavior.0", "\\javaSource \"../../src\";\nrules 1 2 3\n(autoModeTime \"23773\")\n");
    write(saved, "A::same()#normal_behavior.0", "\\javaSource \"../src\";\nrules 1 2 3\n(autoModeTime \"8567\")\n");
    write(fresh, "A::changed()#normal_behavior.0", "rules 1 2 3\n");
    write(saved, "A::changed()#normal_behavior.0", "rules 1 2 4\n");
    write(fresh, "A::added()#normal_behavior.0", "rules\n");
    write(saved, "A::lost()#normal_behavior.0", "rules\n");
    write(saved, "A::gone()#normal_behavior.0", "rules\n");
    List<ContractOutcome> outcomes = List.of(outcome("A::same()#normal_behavior.0", true),
        outcome("A::changed()#normal_behavior.0", true), outcome("A::added()#normal_behavior.0", true),
        outcome("A::lost()#normal_behavior.0", false));
    List<String> lines = ProofComparison.compare(outcomes, fresh, saved, true);
    String all = String.join("\n", lines);
    assertTrue(all.contains("COMPARE changed (closes, proof differs from proofs/"), all);
    assertTrue(all.contains("COMPARE new (closes, no saved proof in proofs/): A::added()#normal_behavior.0"), all);
    assertTrue(all.contains("COMPARE no longer closes (saved proof proofs/A__lost__.normal_behavior.0.proof"
        + " exists, open now): A::lost()#normal_behavior.0"), all);
    assertTrue(all.contains("COMPARE stale (saved proof matches no contract): proofs/A__gone__.normal_behavior.0.proof"),
        all);
    assertEquals("COMPARE proofs/: 1 same, 1 changed, 1 new, 1 no longer closed, 1 stale"
        + " (refresh proofs/ with -Dgate.refresh=true)", lines.get(lines.size() - 1));
    // with --only (incomplete run) nothing is called stale
    assertFalse(ProofComparison.compare(outcomes, fresh, saved, false).stream()
        .anyMatch(l -> l.startsWith("COMPARE stale")));
  }

  @Test
  void refreshDeletesOnlyProofsOfContractsThatNoLongerClose(@TempDir Path tmp) throws Exception {
    File saved = tmp.toFile();
    write(saved, "A::kept()#normal_behavior.0", "x");
    write(saved, "A::lost()#normal_behavior.0", "x");
    List<String> deleted = ProofComparison.deleteStale(
        List.of(outcome("A::kept()#normal_behavior.0", true), outcome("A::lost()#normal_behavior.0", false)), saved);
    assertEquals(List.of("A__lost__.normal_behavior.0.proof"), deleted);
    assertTrue(new File(saved, "A__kept__.normal_behavior.0.proof").isFile());
  }
}
