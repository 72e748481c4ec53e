package org.infobound.gate;

import de.uka.ilkd.key.control.DefaultUserInterfaceControl;
import de.uka.ilkd.key.control.KeYEnvironment;
import de.uka.ilkd.key.java.abstraction.KeYJavaType;
import de.uka.ilkd.key.logic.op.IObserverFunction;
import de.uka.ilkd.key.logic.op.IProgramMethod;
import de.uka.ilkd.key.proof.Goal;
import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.proof.io.ProofSaver;
import de.uka.ilkd.key.settings.DefaultSMTSettings;
import de.uka.ilkd.key.settings.ProofIndependentSettings;
import de.uka.ilkd.key.settings.ProofSettings;
import de.uka.ilkd.key.smt.SMTProblem;
import de.uka.ilkd.key.smt.SMTRuleApp;
import de.uka.ilkd.key.smt.SMTSolverResult;
import de.uka.ilkd.key.smt.SolverLauncher;
import de.uka.ilkd.key.smt.solvertypes.SolverType;
import de.uka.ilkd.key.smt.solvertypes.SolverTypes;
import de.uka.ilkd.key.speclang.Contract;
import de.uka.ilkd.key.strategy.StrategyProperties;
import de.uka.ilkd.key.util.KeYTypeUtil;
import de.uka.ilkd.key.util.MiscTools;
import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Loads one kernel directory with KeY 2.12.3 and proves its contracts in automatic mode
 * (runner API as in key-gate-notes section 3). One instance per JVM and source tree: after a
 * failed load KeY's static state is unreliable, so callers fail fast.
 */
final class KernelProver implements AutoCloseable {

  private final GateSettings settings;
  private File debugDir;
  private final KeYEnvironment<DefaultUserInterfaceControl> env;

  KernelProver(File kernelDir, GateSettings settings) throws Exception {
    this.settings = settings;
    if (!ProofSettings.isChoiceSettingInitialised()) {
      // choices can only be set once KeY has read its taclet options: one throwaway load
      KeYEnvironment.load(kernelDir, null, null, null).dispose();
    }
    Map<String, String> choices =
        new HashMap<>(ProofSettings.DEFAULT_SETTINGS.getChoiceSettings().getDefaultChoices());
    choices.putAll(MiscTools.getDefaultTacletOptions());
    choices.putAll(settings.choices());
    ProofSettings.DEFAULT_SETTINGS.getChoiceSettings().setDefaultChoices(choices);
    ProofIndependentSettings.DEFAULT_INSTANCE.getSMTSettings()
        .setTimeout(settings.smtTimeoutMillis());
    this.env = KeYEnvironment.load(kernelDir, null, null, null);
  }

  /** Every contract of the kernel's own (non-library) types, sorted by gate id. */
  List<Contract> contracts() {
    List<Contract> out = new ArrayList<>();
    for (KeYJavaType kjt : kernelTypes()) {
      for (IObserverFunction target : env.getSpecificationRepository().getContractTargets(kjt)) {
        if (KeYTypeUtil.isLibraryClass(target.getContainerType())) {
          continue;
        }
        for (Contract c : env.getSpecificationRepository().getContracts(kjt, target)) {
          out.add(c);
        }
      }
    }
    out.sort(Comparator.comparing(KernelProver::gateId));
    return out;
  }

  /** Public, explicitly declared kernel methods that carry no contract at all. */
  List<String> publicMethodsWithoutContract() {
    List<String> out = new ArrayList<>();
    for (KeYJavaType kjt : kernelTypes()) {
      for (IProgramMethod pm : env.getJavaInfo().getAllProgramMethodsLocallyDeclared(kjt)) {
        if (!pm.isImplicit() && !pm.isModel() && pm.getMethodDeclaration().isPublic()
            && env.getSpecificationRepository().getContracts(kjt, pm).isEmpty()) {
          out.add(kjt.getJavaType().getFullName() + "::" + pm.getName());
        }
      }
    }
    out.sort(null);
    return out;
  }

  ContractOutcome prove(Contract c, File saveDir) throws Exception {
    return prove(c, saveDir, 0);
  }

  /**
   * Proves one contract; {@code maxSteps > 0} replaces the settings' step limit for it (a
   * manifest column, proofs/README.md), 0 keeps {@code gate.maxSteps}.
   */
  ContractOutcome prove(Contract c, File saveDir, int maxSteps) throws Exception {
    long start = System.nanoTime();
    Proof proof = env.createProof(c.createProofObl(env.getInitConfig(), c));
    try {
      StrategyProperties sp =
          proof.getSettings().getStrategySettings().getActiveStrategyProperties();
      for (Map.Entry<String, String> e : settings.strategy().entrySet()) {
        sp.setProperty(e.getKey(), e.getValue());
      }
      proof.getSettings().getStrategySettings().setActiveStrategyProperties(sp);
      proof.getSettings().getStrategySettings().setMaxSteps(maxSteps > 0 ? maxSteps : settings.maxSteps());
      proof.getSettings().getStrategySettings().setTimeout(settings.timeoutSeconds() * 1000L);
      proof.setActiveStrategy(proof.getServices().getProfile().getDefaultStrategyFactory()
          .create(proof, sp));
      runAutoModeWithWatchdog(proof);
      int smtClosed = settings.smtEnabled() ? smtFinish(proof, start) : 0;
      if (debugDir != null && !proof.closed()) {
        dumpOpenGoals(proof, new File(debugDir, fileName(gateId(c)) + ".open.txt"));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      ContractOutcome out = new ContractOutcome(gateId(c), c.getName(), proof.closed(),
          proof.getStatistics().nodes, seconds, smtClosed, proof.openGoals().size());
      if (saveDir != null && out.closed()) {
        String err = new ProofSaver(proof, new File(saveDir, fileName(out.id()))).save();
        if (err != null) {
          throw new IllegalStateException("could not save proof of " + out.id() + ": " + err);
        }
      }
      return out;
    } finally {
      proof.dispose();
    }
  }

  /** Where to write the open goals of failed proofs (a debugging aid; null: nowhere). */
  void setDebugDir(File dir) {
    this.debugDir = dir;
  }

  private static void dumpOpenGoals(Proof proof, File file) throws java.io.IOException {
    StringBuilder sb = new StringBuilder();
    for (Goal g : proof.openGoals()) {
      sb.append("=== open goal ").append(g.node().serialNr()).append('\n')
          .append(de.uka.ilkd.key.pp.LogicPrinter.quickPrintSequent(g.sequent(),
              proof.getServices()))
          .append('\n');
    }
    java.nio.file.Files.writeString(file.toPath(), sb.toString());
  }

  /**
   * KeY's own timeout is checked between rule applications; the watchdog also stops a single
   * runaway step (notes section 3: 13 min in quantifier cost computation) a minute later.
   */
  private void runAutoModeWithWatchdog(Proof proof) {
    ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "gate-watchdog");
      t.setDaemon(true);
      return t;
    });
    ScheduledFuture<?> stop = watchdog.schedule(
        () -> env.getProofControl().stopAutoMode(),
        settings.timeoutSeconds() + 60, TimeUnit.SECONDS);
    try {
      env.getProofControl().startAndWaitForAutoMode(proof);
    } finally {
      stop.cancel(false);
      watchdog.shutdownNow();
    }
  }

  /** Runs the SMT solver on each open goal and closes the goals it proves valid. */
  private int smtFinish(Proof proof, long start) {
    SolverType solver = solverType(settings.smtSolver());
    int closed = 0;
    for (Goal g : proof.openGoals()) {
      if ((System.nanoTime() - start) / 1e9 > 1.5 * settings.timeoutSeconds()) {
        break; // wall-clock budget of this contract used up
      }
      SMTProblem problem = new SMTProblem(g);
      try {
        new SolverLauncher(new DefaultSMTSettings(proof.getSettings().getSMTSettings(),
            ProofIndependentSettings.DEFAULT_INSTANCE.getSMTSettings(),
            proof.getSettings().getNewSMTSettings(), proof))
            .launch(List.of(solver), List.of(problem), proof.getServices());
      } catch (RuntimeException e) {
        continue; // a solver error leaves the goal open; it never closes anything
      }
      if (problem.getFinalResult() != null
          && problem.getFinalResult().isValid() == SMTSolverResult.ThreeValuedTruth.VALID) {
        g.apply(SMTRuleApp.RULE.createApp(solver.getName()).tryToInstantiate(g));
        closed++;
      }
    }
    return closed;
  }

  private static SolverType solverType(String name) {
    for (SolverType t : SolverTypes.getSolverTypes()) {
      if (t.getName().equals(name)) {
        if (!t.isInstalled(true)) {
          throw new IllegalStateException("SMT solver " + name + " is not installed (PATH)");
        }
        return t;
      }
    }
    throw new IllegalArgumentException("unknown SMT solver type: " + name);
  }

  private List<KeYJavaType> kernelTypes() {
    List<KeYJavaType> out = new ArrayList<>();
    for (KeYJavaType kjt : env.getJavaInfo().getAllKeYJavaTypes()) {
      if (!KeYTypeUtil.isLibraryClass(kjt)) {
        out.add(kjt);
      }
    }
    return out;
  }

  /**
   * {@code Type::method(descriptor)#behaviour.n}, from KeY's name
   * {@code pkg.Type[pkg.Type::method(descriptor)].JML normal_behavior operation contract.n}.
   */
  static String gateId(Contract c) {
    String name = c.getName();
    int open = name.indexOf('[');
    int close = name.lastIndexOf(']');
    if (open < 0 || close < open) {
      return name.replace(' ', '_');
    }
    String target = name.substring(open + 1, close);
    String method = target.substring(target.lastIndexOf('.', target.indexOf("::")) + 1);
    String rest = name.substring(close + 1);
    String behaviour = rest.contains("exceptional_behavior") ? "exceptional_behavior"
        : rest.contains("normal_behavior") ? "normal_behavior" : "behavior";
    return method + "#" + behaviour + rest.substring(rest.lastIndexOf('.'));
  }

  static String fileName(String id) {
    return id.replaceAll("[^A-Za-z0-9_.#-]", "_").replace('#', '.') + ".proof";
  }

  @Override
  public void close() {
    env.dispose();
  }
}
