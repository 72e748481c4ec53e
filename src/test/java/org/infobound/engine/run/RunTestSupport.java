package org.infobound.engine.run;

import java.util.ArrayList;
import java.util.List;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;

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
}
