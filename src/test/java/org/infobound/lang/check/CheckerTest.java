package org.infobound.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.diag.Code;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import org.junit.jupiter.api.Test;

class CheckerTest {

    static CheckedFile check(String text) {
        return Checker.parseAndCheck(SourceFile.of("t.claims", text));
    }

    static CheckedClaim only(String text) {
        CheckedFile f = check(text);
        assertEquals(List.of(), f.diagnostics());
        assertEquals(1, f.claims().size());
        return f.claims().get(0);
    }

    static List<Expr> walk(Expr e) {
        List<Expr> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, List<Expr> out) {
        out.add(e);
        if (e instanceof Expr.Unary u) {
            collect(u.operand(), out);
        } else if (e instanceof Expr.Binary b) {
            collect(b.left(), out);
            collect(b.right(), out);
        } else if (e instanceof Expr.Chain c) {
            c.operands().forEach(x -> collect(x, out));
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(x -> collect(x, out));
            c.named().forEach(n -> collect(n.value(), out));
        } else if (e instanceof Expr.Lambda l) {
            collect(l.body(), out);
        } else if (e instanceof Expr.Approx a) {
            collect(a.left(), out);
            collect(a.right(), out);
            collect(a.tolerance(), out);
        }
    }

    @Test
    void letFunctionsAndConstantsAreInlined() {
        CheckedClaim c = only("let klbon(n) = log(n) - (n - 1) / n\nlet half = 1 / 2\n"
                + "claim x forall n in 1..9, p in dist(2..4): KL(bon(p, n) || p) <= klbon(n) + half");
        Expr.Chain chain = assertInstanceOf(Expr.Chain.class, c.formula());
        List<Expr> nodes = walk(chain.operands().get(1));
        assertTrue(nodes.stream().noneMatch(e -> e instanceof Expr.Call call && call.name().equals("klbon")));
        assertTrue(nodes.stream().noneMatch(e -> e instanceof Expr.Var v && v.name().equals("half")));
        Expr.Binary sum = assertInstanceOf(Expr.Binary.class, chain.operands().get(1));
        assertEquals(BinaryOp.ADD, sum.op());
        assertEquals(BinaryOp.SUB, assertInstanceOf(Expr.Binary.class, sum.left()).op());
    }

    @Test
    void typesFollowTheAlphabetRules() {
        CheckedClaim c = only("claim x forall n in 1..9, p in dist(2..4), m in [0, 1]\n"
                + "where b = bon(p, n), q = categorical([1/2, 1/2], rewards = [0, 1]), l = normal(m, 1):\n"
                + "  KL(b || p) + TV(q, bernoulli(m)) + KL(l || normal(0, 1)) >= 10^6");
        assertEquals(Type.SHARED_DIST, c.defs().get(0).type());
        assertEquals(Type.discrete("rewards [0, 1]"), c.defs().get(1).type());
        assertEquals(Type.LINE, c.defs().get(2).type());
        assertEquals(Type.BOOL, c.types().type(c.formula()).orElseThrow());
        Expr.Chain chain = (Expr.Chain) c.formula();
        assertEquals(Type.INT, c.types().type(chain.operands().get(1)).orElseThrow());
        assertEquals(Type.REAL, c.types().type(chain.operands().get(0)).orElseThrow());
        assertInstanceOf(Domain.DistDomain.class, c.alphabet().orElseThrow());
        assertEquals(List.of("n", "p", "m"), c.binders().stream().map(b -> b.name().name()).toList());
    }

    @Test
    void namesResolveToTheirKinds() {
        CheckedClaim c = only("claim x forall n in 1..9, p, q in dist(2..4), g in fn(0, 1):\n"
                + "  Df(bon(p, n, ties = index) || q, t -> t * log(t)) >= E(q, r - g)");
        List<SymbolKind> kinds = new ArrayList<>();
        for (Expr e : walk(c.formula())) {
            if (e instanceof Expr.Var v) {
                kinds.add(c.types().symbol(v).orElseThrow().kind());
            }
        }
        assertTrue(kinds.containsAll(List.of(SymbolKind.BINDER, SymbolKind.WORD, SymbolKind.LAMBDA_PARAM,
                SymbolKind.REWARD)), kinds.toString());
    }

    @Test
    void powerWithNegativeLiteralExponentIsReal() {
        CheckedClaim c = only("claim x: 2^-1 < 2^3");
        Expr.Chain chain = (Expr.Chain) c.formula();
        assertEquals(Type.REAL, c.types().type(chain.operands().get(0)).orElseThrow());
        assertEquals(Type.INT, c.types().type(chain.operands().get(1)).orElseThrow());
    }

    @Test
    void unknownFunctionSuggestsTheClosestBuiltin() {
        CheckedFile f = check("claim x forall p, q in dist(2..4): kl(p || q) >= 0");
        Diagnostic d = f.diagnostics().get(0);
        assertEquals(Code.E102, d.code());
        assertEquals("did you mean `KL`?", d.help());
        assertTrue(f.claims().isEmpty());
    }

    @Test
    void dataFileContentProblemsComeFromTheHook() {
        SourceFile src = new SourceFile("spec/examples/empirical.claims",
                Optional.of(Path.of("spec/examples/empirical.claims")),
                "claim x where p = empirical(\"data/rewards.csv\"): E(p) >= 0");
        DataFileCheck hook = file -> Optional.of(new DataFileCheck.Problem(7, "not a number: `abc`"));
        CheckedFile f = Checker.check(Parser.parse(src), hook);
        assertEquals(Code.E502, f.diagnostics().get(0).code());
        assertEquals("rewards.csv:7: not a number: `abc`", f.diagnostics().get(0).message());
        assertTrue(Checker.check(Parser.parse(src)).diagnostics().isEmpty());
    }

    @Test
    void syntaxErrorsAreCappedPerFile() {
        String text = "claim broken: 1 < <\n".repeat(200) + "claim fine: 1 < 2\n";
        CheckedFile f = check(text);
        assertEquals(Code.E006, f.diagnostics().get(f.diagnostics().size() - 1).code());
        assertTrue(f.diagnostics().size() <= Parser.MAX_DIAGNOSTICS + 1);
    }

    @Test
    void charactersOutsideTheBmpKeepColumnsInUtf16Units() {
        CheckedFile f = check("claim x \"\uD83D\uDE00 ok in a string\": 1 < 2 # and \uD83D\uDE00 in a comment\n"
                + "claim y: \uD83D\uDE00 < 2");
        assertEquals(1, f.claims().size());
        Diagnostic d = f.diagnostics().get(0);
        assertEquals(Code.E002, d.code());
        assertEquals(2, d.span().line());
        assertEquals(10, d.span().column());
    }

    @Test
    void closedExpressionsCheckForEval() {
        String text = "KL(bon(categorical([1/2, 1/2], rewards = [0, 1]), 2) || categorical([1/2, 1/2], rewards = [0, 1]))";
        CheckedExpression e = Checker.checkExpression(Parser.parseExpression(SourceFile.of("eval", text)));
        assertEquals(List.of(), e.diagnostics());
        assertEquals(Type.REAL, e.type().orElseThrow());
        CheckedExpression bad = Checker.checkExpression(Parser.parseExpression(SourceFile.of("eval", "KL(p || p)")));
        assertFalse(bad.diagnostics().isEmpty());
        assertTrue(bad.expr().isEmpty());
    }

    @Test
    void crlfLineEndingsGiveTheSameLocations() {
        CheckedFile f = check("claim a: 1 < 2\r\nclaim b\r\n  forall n in 1..3: m > 0\r\n");
        Diagnostic d = f.diagnostics().get(0);
        assertEquals(Code.E101, d.code());
        assertEquals(3, d.span().line());
        assertEquals(21, d.span().column());
    }

    @Test
    void syntaxMessagesUseWordsNotParserJargon() {
        for (String text : List.of("claim x forall n in 1..3 n > 0", "claim x: (1 < 2", "claim x: 1 <", "let = 3",
                "claim: 1 < 2", "claim x: KL(p || )", "claim x: sum(k, k) > 0")) {
            Diagnostic d = check(text).diagnostics().get(0);
            assertEquals(Code.E001, d.code(), text);
            String m = d.message();
            assertTrue(m.startsWith("expected ") || m.startsWith("unexpected "), m);
            for (String jargon : List.of("<EOF>", "mismatched", "extraneous", "T__", "viable", "'")) {
                assertFalse(m.contains(jargon), text + " -> " + m);
            }
        }
    }

    @Test
    void exponentialLetExpansionIsStopped() {
        StringBuilder text = new StringBuilder("let a0 = 1\n");
        for (int i = 1; i <= 40; i++) {
            text.append("let a").append(i).append(" = a").append(i - 1).append(" + a").append(i - 1).append('\n');
        }
        text.append("claim x: a40 > 0\n");
        CheckedFile f = check(text.toString());
        assertTrue(f.diagnostics().stream().anyMatch(d -> d.code() == Code.E104));
        assertTrue(f.claims().isEmpty());
    }
}
