package org.infobound.gate;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the proofs of this gate run (written under target/, never into the working tree)
 * with the committed audit trail in proofs/ (proofs/README.md, "Fresh proofs and refreshing
 * proofs/"). It reports, one line each: a contract that closed before (a saved proof exists)
 * and is open now, a contract that closes now without a saved proof, a saved proof whose
 * content changed, and a saved proof that matches no contract any more. Differences are
 * reported, not failed: the manifest decides the gate.
 */
final class ProofComparison {

  private ProofComparison() {
  }

  /**
   * The comparison lines, each starting with {@code COMPARE}; the last is the summary.
   *
   * @param outcomes  this run's contracts
   * @param fresh     where this run saved the proofs of its closed contracts
   * @param committed the saved proofs (proofs/)
   * @param complete  whether every contract was attempted (no {@code --only}): only then are
   *                  saved proofs without a contract reported as stale
   */
  static List<String> compare(List<ContractOutcome> outcomes, File fresh, File committed,
      boolean complete) throws IOException {
    List<String> lines = new ArrayList<>();
    Set<String> known = new TreeSet<>();
    int same = 0;
    int changed = 0;
    int added = 0;
    int lost = 0;
    for (ContractOutcome o : outcomes) {
      String name = KernelProver.fileName(o.id());
      known.add(name);
      File old = new File(committed, name);
      if (o.closed() && old.isFile()) {
        if (body(new File(fresh, name)).equals(body(old))) {
          same++;
        } else {
          changed++;
          lines.add("COMPARE changed (closes, proof differs from " + committed.getName() + "/"
              + name + "): " + o.id());
        }
      } else if (o.closed()) {
        added++;
        lines.add("COMPARE new (closes, no saved proof in " + committed.getName() + "/): " + o.id());
      } else if (old.isFile()) {
        lost++;
        lines.add("COMPARE no longer closes (saved proof " + committed.getName() + "/" + name
            + " exists, open now): " + o.id());
      }
    }
    int stale = 0;
    File[] saved = committed.listFiles((d, n) -> n.endsWith(".proof"));
    if (complete && saved != null) {
      java.util.Arrays.sort(saved);
      for (File f : saved) {
        if (!known.contains(f.getName())) {
          stale++;
          lines.add("COMPARE stale (saved proof matches no contract): " + committed.getName() + "/"
              + f.getName());
        }
      }
    }
    lines.add(String.format(java.util.Locale.ROOT,
        "COMPARE %s/: %d same, %d changed, %d new, %d no longer closed, %d stale%s", committed.getName(),
        same, changed, added, lost, stale,
        changed + added + lost + stale == 0 ? "" : " (refresh proofs/ with -Dgate.refresh=true)"));
    return lines;
  }

  /** Deletes saved proofs that match no closed contract of a complete run; returns their names. */
  static List<String> deleteStale(List<ContractOutcome> outcomes, File committed) {
    Set<String> keep = new TreeSet<>();
    for (ContractOutcome o : outcomes) {
      if (o.closed()) {
        keep.add(KernelProver.fileName(o.id()));
      }
    }
    List<String> deleted = new ArrayList<>();
    File[] saved = committed.listFiles((d, n) -> n.endsWith(".proof"));
    if (saved != null) {
      for (File f : saved) {
        if (!keep.contains(f.getName()) && f.delete()) {
          deleted.add(f.getName());
        }
      }
    }
    return deleted;
  }

  /**
   * The proof text without the source-location line (it is relative to the proof file) and the
   * automation's wall-clock time (it differs on every run).
   */
  static String body(File f) throws IOException {
    if (!f.isFile()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String line : Files.readAllLines(f.toPath(), StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (!t.startsWith("\\javaSource") && !t.startsWith("(autoModeTime")) {
        b.append(line).append('\n');
      }
    }
    return b.toString();
  }

  static void print(List<String> lines, PrintStream out) {
    for (String l : lines) {
      out.println(l);
    }
  }
}
