package org.infobound.soundness;

import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;

/** How the soundness tests read a verdict. */
final class Verdicts {

    private Verdicts() {
    }

    /** FALSIFIED. */
    static boolean falsified(ClaimResult r) {
        return r.verdict().kind() == VerdictKind.FALSIFIED;
    }

    /** PROVED without unproved premises ("PROVED assuming t" names its premises and is allowed). */
    static boolean plainlyProved(ClaimResult r) {
        return r.verdict() instanceof Verdict.Proved p && !p.assuming();
    }
}
