package org.infobound.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's optional step-limit column (proofs/README.md), without KeY. */
class GateManifestTest {

  @TempDir
  Path dir;

  private Path manifest(String text) throws IOException {
    Path f = dir.resolve("m.txt");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void idsWithAndWithoutAStepLimit() throws IOException {
    Path f = manifest("# comment\nA::a()#normal_behavior.0\n\n"
        + "B::b([J)#normal_behavior.0   maxSteps=40000\nC::c()#exceptional_behavior.0\n");
    Map<String, Integer> limits = Gate.readStepLimits(f);
    assertEquals(List.of("A::a()#normal_behavior.0", "B::b([J)#normal_behavior.0",
        "C::c()#exceptional_behavior.0"), List.copyOf(limits.keySet()));
    assertEquals(0, limits.get("A::a()#normal_behavior.0"));
    assertEquals(40000, limits.get("B::b([J)#normal_behavior.0"));
    assertEquals(List.copyOf(limits.keySet()), Gate.readManifest(f));
  }

  @Test
  void theCapIsSixtyThousandSteps() throws IOException {
    assertEquals(60000, Gate.readStepLimits(manifest("A::a()#n.0 maxSteps=60000\n"))
        .get("A::a()#n.0"));
    assertThrows(IllegalArgumentException.class,
        () -> Gate.readStepLimits(manifest("A::a()#n.0 maxSteps=60001\n")));
    assertThrows(IllegalArgumentException.class,
        () -> Gate.readStepLimits(manifest("A::a()#n.0 maxSteps=0\n")));
    assertThrows(IllegalArgumentException.class,
        () -> Gate.readStepLimits(manifest("A::a()#n.0 timeout=900\n")));
    assertThrows(IllegalArgumentException.class,
        () -> Gate.readStepLimits(manifest("A::a()#n.0 maxSteps=40000 extra\n")));
  }
}
