/**
 * Deciding claims: builds each claim's search space from its binders, runs certified exhaustion
 * of small finite domains (the only PROVED this stage issues) or the falsifier, and collects one
 * {@link org.infobound.engine.run.ClaimResult} per claim for the reports and the gate.
 */
package org.infobound.engine.run;
