package org.infobound.gate;

/**
 * What the automatic mode (plus the SMT finisher) achieved on one contract.
 *
 * @param id          the gate's contract id, {@code Type::method(descriptor)#behaviour.n}
 * @param keyName     KeY's own contract name
 * @param closed      whether every goal was closed
 * @param nodes       proof tree size
 * @param seconds     wall-clock seconds for automation and finisher
 * @param smtClosed   goals closed by the SMT finisher
 * @param openGoals   goals left open
 */
record ContractOutcome(String id, String keyName, boolean closed, int nodes, double seconds,
                       int smtClosed, int openGoals) {

  String line() {
    return String.format(java.util.Locale.ROOT, "%s %s nodes=%d time=%.1fs smt=%d open=%d",
        closed ? "CLOSED" : "OPEN", id, nodes, seconds, smtClosed, openGoals);
  }
}
