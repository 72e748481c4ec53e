package org.infobound.gate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every KeY option the gate relies on, read from {@code proofs/settings.properties}.
 *
 * <p>KeY is started with {@code -Dkey.disregardSettings=true}, so nothing is taken from
 * {@code ~/.key}; the choices and strategy properties below are set explicitly on top of KeY's
 * built-in defaults (key-gate-notes section 2). Keys:
 * <ul>
 *   <li>{@code choice.<category>=<category:option>} taclet options, e.g.
 *       {@code choice.intRules=intRules:arithmeticSemanticsCheckingOF};</li>
 *   <li>{@code strategy.<KEY>=<VALUE>} strategy properties (names of
 *       {@code StrategyProperties} constants), e.g. {@code strategy.STOPMODE_OPTIONS_KEY=STOPMODE_DEFAULT};</li>
 *   <li>{@code gate.maxSteps}, {@code gate.timeoutSeconds}: step limit and wall-clock limit
 *       of the automatic mode, per contract;</li>
 *   <li>{@code smt.solver} (KeY solver type name, {@code Z3}, or {@code none}) and
 *       {@code smt.timeoutMillis}: the finisher run on goals automation leaves open.</li>
 * </ul>
 */
record GateSettings(Map<String, String> choices, Map<String, String> strategy, int maxSteps,
                    long timeoutSeconds, String smtSolver, long smtTimeoutMillis) {

  static GateSettings load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> choices = new TreeMap<>();
    Map<String, String> strategy = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("choice.")) {
        choices.put(key.substring("choice.".length()), p.getProperty(key).trim());
      } else if (key.startsWith("strategy.")) {
        strategy.put(key.substring("strategy.".length()), p.getProperty(key).trim());
      }
    }
    return new GateSettings(choices, strategy,
        Integer.parseInt(required(p, "gate.maxSteps")),
        Long.parseLong(required(p, "gate.timeoutSeconds")),
        required(p, "smt.solver"),
        Long.parseLong(required(p, "smt.timeoutMillis")));
  }

  /** The same settings with another per-contract wall-clock limit (used by the tests). */
  GateSettings withTimeoutSeconds(long seconds) {
    return new GateSettings(choices, strategy, maxSteps, seconds, smtSolver, smtTimeoutMillis);
  }

  boolean smtEnabled() {
    return !"none".equalsIgnoreCase(smtSolver);
  }

  private static String required(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("settings: missing required key '" + key + "'");
    }
    return v.trim();
  }
}
