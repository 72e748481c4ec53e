package org.infobound.gate;

import de.uka.ilkd.key.control.KeYEnvironment;
import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.speclang.Contract;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The KeY proof gate: proves every contract of the kernel directory from scratch and checks the
 * manifest (proofs/README.md).
 *
 * <pre>
 * Gate --kernel=DIR --settings=FILE --manifest=FILE [--save=DIR] [--compare=DIR] [--refresh=true]
 *      [--timeout=SECONDS] [--only=A|B] [--debug=DIR]
 * Gate --replay=DIR --settings=FILE      replays every saved .proof in DIR
 * </pre>
 * Prints {@code CLOSED|OPEN <contract> nodes=N time=Ts} per contract. Exit codes: 0 the gate
 * passes, 1 the gate fails (see {@link GateVerdict}), 2 usage or load error.
 *
 * <p>{@code --save} receives the proofs of closed contracts (the build passes target/proofs, so
 * the working tree stays clean); {@code --compare} names the committed proofs (proofs/), and the
 * gate prints what differs ({@link ProofComparison}). {@code --refresh=true} is the separate,
 * explicit step that rewrites the committed proofs: it saves into the {@code --compare}
 * directory instead, and after a passing complete run deletes saved proofs of contracts that
 * no longer exist or close.
 */
public final class Gate {

  private Gate() {
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /** Runs the gate and returns its exit code; writes only to {@code out}. */
  public static int run(String[] args, PrintStream out) {
    Map<String, String> opt = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (!a.startsWith("--") || eq < 0) {
        out.println("usage: Gate --kernel=DIR --settings=FILE --manifest=FILE [--save=DIR]"
            + " [--compare=DIR] [--refresh=true] [--timeout=SECONDS] [--only=TEXT]"
            + " | --replay=DIR --settings=FILE");
        return 2;
      }
      opt.put(a.substring(2, eq), a.substring(eq + 1));
    }
    try {
      GateSettings settings = GateSettings.load(Path.of(need(opt, "settings")));
      if (opt.containsKey("timeout")) {
        settings = settings.withTimeoutSeconds(Long.parseLong(opt.get("timeout")));
      }
      if (opt.containsKey("replay")) {
        return Replay.run(new File(opt.get("replay")), settings, out);
      }
      return prove(opt, settings, out);
    } catch (Exception e) {
      out.println("GATE ERROR " + describe(e));
      return 2;
    }
  }

  private static int prove(Map<String, String> opt, GateSettings settings, PrintStream out)
      throws Exception {
    File kernel = new File(need(opt, "kernel"));
    Map<String, Integer> stepLimits = readStepLimits(Path.of(need(opt, "manifest")));
    List<String> manifest = new ArrayList<>(stepLimits.keySet());
    File save = opt.containsKey("save") ? new File(opt.get("save")) : null;
    File compare = opt.containsKey("compare") ? new File(opt.get("compare")) : null;
    boolean refresh = Boolean.parseBoolean(opt.getOrDefault("refresh", "false"));
    if (refresh) {
      if (compare == null) {
        throw new IllegalArgumentException("--refresh=true needs --compare=DIR (the proofs to rewrite)");
      }
      save = compare;
    }
    if (save != null && !save.isDirectory() && !save.mkdirs()) {
      throw new IOException("cannot create " + save);
    }
    String only = opt.get("only");
    long start = System.nanoTime();
    List<ContractOutcome> outcomes = new ArrayList<>();
    List<String> uncontracted;
    try (KernelProver prover = new KernelProver(kernel, settings)) {
      if (opt.containsKey("debug")) {
        prover.setDebugDir(new File(opt.get("debug")));
      }
      uncontracted = prover.publicMethodsWithoutContract();
      for (Contract c : prover.contracts()) {
        if (only != null && !matchesAny(KernelProver.gateId(c), only)) {
          continue;
        }
        int steps = stepLimits.getOrDefault(KernelProver.gateId(c), 0);
        if (steps > 0) {
          out.println("NOTE step limit " + steps + " (manifest) for " + KernelProver.gateId(c));
        }
        ContractOutcome o;
        try {
          o = prover.prove(c, save, steps);
        } catch (RuntimeException e) {
          out.println("ERROR " + KernelProver.gateId(c) + ": " + describe(e));
          o = new ContractOutcome(KernelProver.gateId(c), c.getName(), false, 0, 0, 0, -1);
        }
        out.println(o.line());
        out.flush();
        outcomes.add(o);
      }
    }
    if (only != null) {
      manifest.removeIf(id -> !matchesAny(id, only));
    }
    for (String id : GateVerdict.unlisted(manifest, outcomes)) {
      out.println("NOTE contract not in manifest: " + id);
    }
    List<String> failures = GateVerdict.failures(manifest, outcomes, uncontracted);
    for (String f : failures) {
      out.println("FAIL " + f);
    }
    if (compare != null && !refresh && save != null) {
      ProofComparison.print(ProofComparison.compare(outcomes, save, compare, only == null), out);
    }
    if (refresh) {
      if (only == null && failures.isEmpty()) {
        for (String f : ProofComparison.deleteStale(outcomes, compare)) {
          out.println("REFRESH deleted stale " + compare.getName() + "/" + f);
        }
      }
      out.println("REFRESH wrote the proofs of the closed contracts into " + compare);
    }
    long closed = outcomes.stream().filter(ContractOutcome::closed).count();
    out.printf(java.util.Locale.ROOT, "GATE %s: %d/%d contracts closed, %d in manifest, %.0fs%n",
        failures.isEmpty() ? "PASSED" : "FAILED", closed, outcomes.size(), manifest.size(),
        (System.nanoTime() - start) / 1e9);
    return failures.isEmpty() ? 0 : 1;
  }

  /** Class and message, without calling a possibly broken {@code toString}. */
  static String describe(Throwable e) {
    String msg;
    try {
      msg = e.getMessage();
    } catch (RuntimeException inner) {
      msg = "(message unavailable)";
    }
    return e.getClass().getName() + ": " + msg;
  }

  /** Whether the id contains one of the |-separated fragments of {@code only}. */
  static boolean matchesAny(String id, String only) {
    for (String part : only.split("[|]")) {
      if (!part.isBlank() && id.contains(part.strip())) {
        return true;
      }
    }
    return false;
  }

  /** Contract ids, one a line; blank lines and {@code #} comments are skipped. */
  static List<String> readManifest(Path file) throws IOException {
    return new ArrayList<>(readStepLimits(file).keySet());
  }

  /** The largest per-contract step limit a manifest line may set (proofs/README.md). */
  static final int MAX_CONTRACT_STEPS = 60000;

  /**
   * The manifest's ids in order, each with its step limit: 0 for the settings' {@code
   * gate.maxSteps}, or the second column {@code maxSteps=N} (at most {@link
   * #MAX_CONTRACT_STEPS}; anything else on a line is an error).
   */
  static Map<String, Integer> readStepLimits(Path file) throws IOException {
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] cols = t.split("\\s+");
      int steps = 0;
      if (cols.length == 2 && cols[1].startsWith("maxSteps=")) {
        steps = Integer.parseInt(cols[1].substring("maxSteps=".length()));
        if (steps < 1 || steps > MAX_CONTRACT_STEPS) {
          throw new IllegalArgumentException("manifest step limit out of 1.." + MAX_CONTRACT_STEPS
              + ": " + t);
        }
      } else if (cols.length != 1) {
        throw new IllegalArgumentException("manifest line is not 'id [maxSteps=N]': " + t);
      }
      ids.put(cols[0], steps);
    }
    return ids;
  }

  private static String need(Map<String, String> opt, String key) {
    String v = opt.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + key + "=...");
    }
    return v;
  }

  /** Replays saved proofs (slow and brittle; an audit aid, not the gate: notes section 7). */
  static final class Replay {
    private Replay() {
    }

    static int run(File dir, GateSettings settings, PrintStream out) throws Exception {
      File[] files = dir.listFiles((d, n) -> n.endsWith(".proof"));
      if (files == null || files.length == 0) {
        out.println("GATE ERROR no .proof files in " + dir);
        return 2;
      }
      java.util.Arrays.sort(files);
      de.uka.ilkd.key.settings.ProofIndependentSettings.DEFAULT_INSTANCE.getSMTSettings()
          .setTimeout(settings.smtTimeoutMillis());
      int bad = 0;
      for (File f : files) {
        long t0 = System.nanoTime();
        KeYEnvironment<?> e = KeYEnvironment.load(f);
        try {
          Proof p = e.getLoadedProof();
          boolean ok = p != null && p.closed() && !e.getReplayResult().hasErrors();
          bad += ok ? 0 : 1;
          out.printf(java.util.Locale.ROOT, "%s %s time=%.1fs%n", ok ? "REPLAYED" : "BROKEN",
              f.getName(), (System.nanoTime() - t0) / 1e9);
        } finally {
          e.dispose();
        }
      }
      return bad == 0 ? 0 : 1;
    }
  }
}
