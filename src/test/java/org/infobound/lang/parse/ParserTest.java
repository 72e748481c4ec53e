package org.infobound.lang.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.CallForm;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.Expectation;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.RelOp;
import org.infobound.lang.ast.UnaryOp;
import org.infobound.lang.diag.Code;
import org.infobound.lang.source.SourceFile;
import org.junit.jupiter.api.Test;

class ParserTest {

    static Expr expr(String text) {
        ExpressionResult r = Parser.parseExpression(SourceFile.of("t", text));
        assertEquals(List.of(), r.diagnostics(), text);
        return r.expr().orElseThrow();
    }

    @Test
    void everyGoldenExampleParsesWithoutDiagnostics() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("spec/examples"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".claims")).sorted().toList();
            assertTrue(list.size() >= 8);
            for (Path p : list) {
                ParseResult r = Parser.parse(SourceFile.read(p));
                assertEquals(List.of(), r.diagnostics(), p.toString());
                assertTrue(!r.file().claims().isEmpty(), p.toString());
            }
        }
    }

    @Test
    void unaryMinusBindsLooserThanPower() {
        Expr e = expr("-2^2");
        Expr.Unary neg = assertInstanceOf(Expr.Unary.class, e);
        assertEquals(UnaryOp.NEG, neg.op());
        assertEquals(BinaryOp.POW, assertInstanceOf(Expr.Binary.class, neg.operand()).op());
    }

    @Test
    void powerIsRightAssociative() {
        Expr.Binary b = assertInstanceOf(Expr.Binary.class, expr("2^3^2"));
        assertInstanceOf(Expr.IntLit.class, b.left());
        assertEquals(BinaryOp.POW, assertInstanceOf(Expr.Binary.class, b.right()).op());
    }

    @Test
    void impliesIsLoosestAndRightAssociative() {
        Expr.Binary b = assertInstanceOf(Expr.Binary.class, expr("a <= b implies c or d implies e"));
        assertEquals(BinaryOp.IMPLIES, b.op());
        assertInstanceOf(Expr.Chain.class, b.left());
        assertEquals(BinaryOp.IMPLIES, assertInstanceOf(Expr.Binary.class, b.right()).op());
    }

    @Test
    void relationChainsKeepEveryOperand() {
        Expr.Chain c = assertInstanceOf(Expr.Chain.class, expr("0 <= JS(p, q) <= log(2)"));
        assertEquals(List.of(RelOp.LE, RelOp.LE), c.ops());
        assertEquals(3, c.operands().size());
    }

    @Test
    void decimalLiteralsAreExact() {
        Expr.RealLit r = assertInstanceOf(Expr.RealLit.class, expr("0.1"));
        assertEquals(0, new BigDecimal("1").divide(BigDecimal.TEN).compareTo(r.value()));
        assertEquals(BigInteger.TEN.pow(30), assertInstanceOf(Expr.IntLit.class, expr("1000000000000000000000000000000")).value());
    }

    @Test
    void divergenceCallsKeepBothLawsAndExtraArguments() {
        Expr.Call c = assertInstanceOf(Expr.Call.class, expr("renyi(p || q, alpha)"));
        assertEquals(CallForm.DIVERGENCE, c.form());
        assertEquals(3, c.args().size());
        Expr.Call named = assertInstanceOf(Expr.Call.class, expr("bon(p, n, ties = index)"));
        assertEquals("ties", named.named().get(0).name().name());
    }

    @Test
    void approxWithinParses() {
        assertInstanceOf(Expr.Approx.class, expr("a ~= b within 1e-9"));
    }

    @Test
    void brokenClaimIsDroppedAndTheOthersKept() {
        String text = "claim a: 1 < 2\nclaim b: 1 < < 2\nclaim c: 2 > 1 expect holds\n";
        ParseResult r = Parser.parse(SourceFile.of("f.claims", text));
        assertEquals(List.of("a", "c"), r.file().claims().stream().map(c -> c.name().name()).toList());
        assertEquals(1, r.diagnostics().size());
        assertEquals(Code.E001, r.diagnostics().get(0).code());
        assertEquals(2, r.diagnostics().get(0).span().line());
        assertEquals(14, r.diagnostics().get(0).span().column());
        ClaimDecl c = r.file().claims().get(1);
        assertEquals(Expectation.HOLDS, c.expect().orElseThrow().expectation());
    }

    @Test
    void deepNestingIsADiagnosticNotAStackOverflow() {
        String text = "claim deep: " + "(".repeat(5000) + "1" + ")".repeat(5000) + " > 0";
        ParseResult r = Parser.parse(SourceFile.of("f.claims", text));
        assertEquals(Code.E004, r.diagnostics().get(0).code());
    }

    @Test
    void stringEscapesAreResolvedAndClaimPartsKept() {
        ParseResult r = Parser.parse(SourceFile.of("f.claims",
                "theorem t \"a \\\"quoted\\\" word\" cite \"X 2024\" forall n in 1..3 where m = n + 1 assuming n > 1: m > n expect open"));
        assertEquals(List.of(), r.diagnostics());
        ClaimDecl c = r.file().claims().get(0);
        assertEquals("a \"quoted\" word", c.description().orElseThrow());
        assertEquals("X 2024", c.cite().orElseThrow());
        assertEquals(org.infobound.lang.ast.ClaimKind.THEOREM, c.kind());
        assertEquals(1, c.defs().size());
        assertTrue(c.assuming().isPresent());
        assertEquals(Expectation.OPEN, c.expect().orElseThrow().expectation());
    }

    @Test
    void spansPointAtTheSource() {
        Expr.Call c = assertInstanceOf(Expr.Call.class, expr("  KL(p || q)"));
        assertEquals(2, c.span().start());
        assertEquals(12, c.span().end());
        assertEquals(3, c.span().column());
    }
}
