package org.infobound.report;

import java.util.Locale;
import java.util.StringJoiner;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.verdict.Counterexample;
import org.infobound.engine.verdict.Verdict;

/** One-line and multi-line wording of a verdict's evidence, shared by the formats. */
final class Evidence {

    private Evidence() {
    }

    /** E.g. {@code FALSIFIED at n = 2, p = [1/2, 1/2]: KL(...) == klbon(n) violated by 0.0623}. */
    static String line(ClaimResult r) {
        Verdict v = r.verdict();
        String head = "claim '" + r.name() + "' " + r.label() + " (expect " + r.expected().word() + ")";
        if (r.internal()) {
            return head + ": " + r.internalError() + " (a bug in infobound, not a verdict; exit 70)";
        }
        if (v instanceof Verdict.Falsified f) {
            Counterexample cx = f.counterexample();
            return head + " at " + inputs(cx) + (cx.relation() == null ? ""
                    : ": " + cx.relation() + " violated by " + num(cx.margin()));
        } else if (v instanceof Verdict.Survived s) {
            return head + ": no counterexample in " + s.tries() + " tries, smallest margin " + num(s.smallestMargin())
                    + (s.outOfRange() > 0 ? " (" + s.outOfRange() + " out of double range, not tested)" : "")
                    + (s.notes().isEmpty() ? "" : "; " + String.join("; ", s.notes()));
        } else if (v instanceof Verdict.Inconclusive i) {
            return head + ": " + i.reason();
        } else if (v instanceof Verdict.Unconfirmed u) {
            return head + " at " + inputs(u.instance()) + ": the float route saw " + u.relation() + " violated by "
                    + num(-u.margin()) + " (float error bound " + num(u.bound()) + "), not certified: " + u.reason();
        } else if (v instanceof Verdict.Proved p) {
            return head + " by " + p.certificate().method() + (p.assuming()
                    ? ", using theorems of the file that are not proved: " + String.join(", ", p.premises()) : "");
        } else if (v instanceof Verdict.Error e) {
            return head + ": " + (e.diagnostics().isEmpty() ? "malformed" : e.diagnostics().get(0).headline());
        }
        throw new AssertionError(v);
    }

    /** The full evidence, one fact per line (counterexample, enclosures, seed). */
    static String details(ClaimResult r, long seed) {
        StringBuilder b = new StringBuilder(line(r)).append('\n');
        Verdict v = r.verdict();
        if (v instanceof Verdict.Falsified f) {
            Counterexample cx = f.counterexample();
            if (cx.relation() != null) {
                b.append("left  in ").append(cx.left()).append('\n');
                b.append("right in ").append(cx.right()).append('\n');
            }
            b.append("found after ").append(f.tries()).append(" tries, shrunk in ").append(cx.shrinkSteps())
                    .append(" steps, seed ").append(cx.seed()).append('\n');
        } else if (v instanceof Verdict.Unconfirmed u) {
            b.append("left  = ").append(num(u.left())).append(" (float)\n");
            b.append("right = ").append(num(u.right())).append(" (float)\n");
            b.append("seen in ").append(u.tries()).append(" tries; no certified counterexample\n");
        } else if (v instanceof Verdict.Inconclusive i && !i.instance().isEmpty()) {
            b.append("at ").append(i.instance()).append('\n');
        } else if (v instanceof Verdict.Proved p) {
            p.certificate().steps().forEach(s -> b.append("  ").append(s).append('\n'));
        } else if (v instanceof Verdict.Error e) {
            e.diagnostics().forEach(d -> b.append(d.rendered()).append('\n'));
        }
        b.append("seed ").append(seed).append('\n');
        return b.toString();
    }

    /** {@code n = 2, p = [1/2, 1/2], rewards = [0, 1]}. */
    static String inputs(Counterexample cx) {
        return inputs(cx.inputs());
    }

    /** {@code n = 2, p = [1/2, 1/2]}. */
    static String inputs(java.util.Map<String, String> inputs) {
        StringJoiner j = new StringJoiner(", ");
        inputs.forEach((k, val) -> j.add(k + " = " + val));
        return j.toString();
    }

    static String num(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%.6g", x);
    }
}
