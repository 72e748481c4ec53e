package org.infobound.engine.run;

import java.util.ArrayList;
import java.util.List;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import org.infobound.engine.verdict.VerdictKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Decide claims given as text. */
final class RunTestSupport {

    private RunTestSupport() {
    }

    static Settings settings(long seed, long tries) {
        return new Settings(seed, tries, 0, 1, 2000, true);
    }

    static List<ClaimResult> decideAll(String text, Settings s) {
        SourceFile src = SourceFile.of("test.claims", text);
        ParseResult r = Parser.parse(src);
        if (r.hasErrors()) {
            throw new IllegalArgumentException(r.diagnostics().toString());
        }
        List<ClaimResult> out = new ArrayList<>();
        for (ClaimDecl c : r.file().claims()) {
            out.add(ClaimRunner.decide(src, r.file(), c, s));
        }
        return out;
    }

    static ClaimResult decide(String text, Settings s) {
        return decideAll(text, s).get(0);
    }

    /**
     * The labelled-claims rule of the claim-level tests: no internal error, {@code count} claims,
     * every claim named {@code false_...} FALSIFIED, every other claim neither FALSIFIED nor ERROR.
     */
    static void assertFalseOnesFalsified(CheckReport r, int count) {
        assertEquals(0, r.internalErrors());
        assertEquals(count, r.results().size());
        for (ClaimResult c : r.results()) {
            if (c.name().startsWith("false_")) {
                assertEquals(VerdictKind.FALSIFIED, c.verdict().kind(), c.name() + ": " + c.verdict());
            } else {
                assertNotEquals(VerdictKind.FALSIFIED, c.verdict().kind(), c.name() + ": " + c.verdict());
                assertNotEquals(VerdictKind.ERROR, c.verdict().kind(), c.name() + ": " + c.verdict());
            }
        }
    }
}
