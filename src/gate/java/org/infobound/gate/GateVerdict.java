package org.infobound.gate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The gate's decision, kept apart from KeY so that it can be tested without a prover. The gate
 * fails if a manifest contract stays open, if a manifest entry names no contract, or if a public
 * kernel method has no contract. Contracts missing from the manifest are reported, not failed.
 */
final class GateVerdict {

  private GateVerdict() {
  }

  /** The failure messages; the gate passes iff this list is empty. */
  static List<String> failures(List<String> manifest, List<ContractOutcome> outcomes,
                               List<String> uncontracted) {
    List<String> failures = new ArrayList<>();
    Set<String> proved = new HashSet<>();
    Set<String> known = new HashSet<>();
    for (ContractOutcome o : outcomes) {
      known.add(o.id());
      if (o.closed()) {
        proved.add(o.id());
      }
    }
    for (String id : manifest) {
      if (!known.contains(id)) {
        failures.add("manifest entry matches no contract: " + id);
      } else if (!proved.contains(id)) {
        failures.add("manifest contract stays open: " + id);
      }
    }
    for (String m : uncontracted) {
      failures.add("public kernel method has no contract: " + m);
    }
    return failures;
  }

  /** Contracts the kernel has but the manifest does not list (a reminder, not a failure). */
  static List<String> unlisted(List<String> manifest, List<ContractOutcome> outcomes) {
    Set<String> listed = new HashSet<>(manifest);
    List<String> out = new ArrayList<>();
    for (ContractOutcome o : outcomes) {
      if (!listed.contains(o.id())) {
        out.add(o.id());
      }
    }
    return out;
  }
}
