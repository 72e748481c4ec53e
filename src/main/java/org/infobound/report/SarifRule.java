package org.infobound.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.infobound.engine.verdict.VerdictKind;
import org.infobound.lang.diag.Code;

/**
 * The stable SARIF rules: one per verdict kind ({@code verdict/falsified}, ...), one per
 * diagnostic code of {@code spec/DIAGNOSTICS.md} ({@code diagnostic/E101}, ...; an unreadable
 * claims file is {@code diagnostic/E601}). Ids never change meaning; the rule index is the
 * position in {@link #ALL}.
 *
 * @param id the {@code ruleId}
 * @param name a PascalCase name
 * @param description one sentence
 */
record SarifRule(String id, String name, String description) {

    /** Every rule, verdicts first, in a fixed order. */
    static final List<SarifRule> ALL = all();

    static SarifRule of(VerdictKind k) {
        return ALL.get(k.ordinal());
    }

    /** The rule of a diagnostic code. */
    static SarifRule ofCode(Code code) {
        return ALL.get(VerdictKind.values().length + code.ordinal());
    }

    int index() {
        return ALL.indexOf(this);
    }

    private static List<SarifRule> all() {
        List<SarifRule> rules = new ArrayList<>();
        for (VerdictKind k : VerdictKind.values()) {
            rules.add(new SarifRule("verdict/" + k.jsonWord(), "Claim" + pascal(k.jsonWord()), verdictText(k)));
        }
        for (Code c : Code.values()) {
            rules.add(new SarifRule("diagnostic/" + c.name(), pascal(c.title()), c.name() + ": " + c.title() + "."));
        }
        return Collections.unmodifiableList(rules);
    }

    private static String verdictText(VerdictKind k) {
        switch (k) {
            case PROVED:
                return "The claim holds on its whole domain; a certificate is attached.";
            case FALSIFIED:
                return "A certified counterexample to the claim was found.";
            case SURVIVED:
                return "The randomized search found no counterexample within its budget.";
            case INCONCLUSIVE:
                return "The claim could not be decided reliably.";
            case ERROR:
                return "The claim is malformed or could not be evaluated.";
            case UNCONFIRMED:
                return "The floating-point search saw a violation beyond its error bound that could not be certified.";
            default:
                throw new AssertionError(k);
        }
    }

    private static String pascal(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) {
                b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }
}
