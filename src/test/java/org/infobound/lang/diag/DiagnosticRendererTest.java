package org.infobound.lang.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.infobound.lang.source.SourceFile;
import org.junit.jupiter.api.Test;

class DiagnosticRendererTest {

    @Test
    void rendersLocationSourceLineUnderlineAndHelp() {
        SourceFile src = SourceFile.of("a.claims", "claim x\n  forall n in 1..3: kl(n) > 0\n");
        Diagnostic d = Diagnostic.of(Code.E102, src.span(27, 29), "unknown function `kl`", "did you mean `KL`?");
        String expected = ""
                + "a.claims:2:20: error[E102]: unknown function `kl`\n"
                + "  2 |   forall n in 1..3: kl(n) > 0\n"
                + "    |                    ^^\n"
                + "  help: did you mean `KL`?\n";
        assertEquals(expected, DiagnosticRenderer.render(src, d));
    }

    @Test
    void emptySpanAtEndOfInputStillGetsOneCaretAndNoHelpLine() {
        SourceFile src = SourceFile.of("b.claims", "claim x: 1 <");
        Diagnostic d = Diagnostic.of(Code.E001, src.span(12, 12), "expected an expression, found the end of the declaration");
        String expected = ""
                + "b.claims:1:13: error[E001]: expected an expression, found the end of the declaration\n"
                + "  1 | claim x: 1 <\n"
                + "    |             ^\n";
        assertEquals(expected, DiagnosticRenderer.render(src, d));
    }

    @Test
    void tabsInTheSourceLineKeepTheCaretAligned() {
        SourceFile src = SourceFile.of("c.claims", "\tclaim y: z > 0");
        Diagnostic d = Diagnostic.of(Code.E101, src.span(10, 11), "unknown name `z`");
        assertEquals("    | \t" + " ".repeat(9) + "^", DiagnosticRenderer.render(src, d).split("\n")[2]);
    }

    @Test
    void everyCodeHasADistinctTitle() {
        assertEquals(Code.values().length,
                java.util.Arrays.stream(Code.values()).map(Code::title).distinct().count());
    }
}
