package org.infobound.lang.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.infobound.lang.ast.ClaimsFile;
import org.infobound.lang.ast.Declaration;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.diag.Code;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.parse.gen.ClaimsLexer;
import org.infobound.lang.parse.gen.ClaimsParser;
import org.infobound.lang.source.SourceFile;
import org.infobound.lang.source.Span;

/**
 * Parses claims files into AST records, with syntax errors as {@link Diagnostic} values.
 * ANTLR never prints. The token stream is split at the top-level keywords ({@code source},
 * {@code let}, {@code claim}, {@code theorem}, which cannot occur inside a declaration) and each
 * declaration is parsed alone: a broken declaration yields one diagnostic (its first error) and
 * is dropped, every other declaration is kept. Nesting deeper than {@link TokenChunks#MAX_DEPTH}
 * is rejected before parsing, so no input can overflow the stack.
 */
public final class Parser {

    /** At most this many diagnostics per file; then {@code E006} and the rest is skipped. */
    public static final int MAX_DIAGNOSTICS = 50;

    private Parser() {
    }

    /** Parses a whole claims file. Never throws on bad input. */
    public static ParseResult parse(SourceFile source) {
        List<Diagnostic> diags = new ArrayList<>();
        List<Token> tokens = lex(source);
        List<Declaration> decls = new ArrayList<>();
        AstBuilder builder = new AstBuilder(source);
        for (List<Token> chunk : TokenChunks.split(tokens)) {
            if (diags.size() >= MAX_DIAGNOSTICS) {
                diags.add(Diagnostic.of(Code.E006, span(source, chunk.get(0)),
                        "too many errors; the rest of the file was not parsed", "fix the errors above first"));
                break;
            }
            Diagnostic problem = TokenChunks.check(source, chunk);
            if (problem == null) {
                Object result = parseChunk(source, builder, chunk, false);
                if (result instanceof Declaration d) {
                    decls.add(d);
                    continue;
                }
                problem = (Diagnostic) result;
            }
            diags.add(problem);
        }
        return new ParseResult(source, new ClaimsFile(source.span(0, source.text().length()), decls), diags);
    }

    /** Parses one closed expression (for {@code eval 'EXPR'}). Never throws on bad input. */
    public static ExpressionResult parseExpression(SourceFile source) {
        List<Token> tokens = lex(source);
        Diagnostic problem = TokenChunks.check(source, tokens);
        if (problem == null) {
            Object result = parseChunk(source, new AstBuilder(source), tokens, true);
            if (result instanceof Expr e) {
                return new ExpressionResult(source, java.util.Optional.of(e), List.of());
            }
            problem = (Diagnostic) result;
        }
        return new ExpressionResult(source, java.util.Optional.empty(), List.of(problem));
    }

    private static List<Token> lex(SourceFile source) {
        // ANTLR indexes code points; replacing each surrogate by U+FFFD keeps offsets in UTF-16
        // units (those of SourceFile) and outside strings and comments it is an invalid character anyway.
        String text = source.text();
        StringBuilder bmp = new StringBuilder(text);
        for (int i = 0; i < bmp.length(); i++) {
            if (Character.isSurrogate(bmp.charAt(i))) {
                bmp.setCharAt(i, '\uFFFD');
            }
        }
        ClaimsLexer lexer = new ClaimsLexer(CharStreams.fromString(bmp.toString(), source.name()));
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            tokens.add(t);
        }
        return tokens;
    }

    /**
     * Returns a Declaration (or Expr) on success, else the Diagnostic. Two-stage parsing: the
     * fast SLL mode first; only if it fails, full LL (which alone decides real syntax errors).
     */
    private static Object parseChunk(SourceFile source, AstBuilder builder, List<Token> chunk, boolean expression) {
        ClaimsParser fast = new ClaimsParser(new CommonTokenStream(new ListTokenSource(chunk)));
        fast.removeErrorListeners();
        fast.setErrorHandler(new BailErrorStrategy());
        fast.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            if (expression) {
                return builder.expr(fast.exprEof().expr());
            }
            return builder.declaration(fast.declEof().declaration());
        } catch (ParseCancellationException e) {
            // fall through to full LL with error reporting
        } catch (AstBuilder.Invalid e) {
            return e.diagnostic;
        } catch (StackOverflowError e) {
            return Diagnostic.of(Code.E004, span(source, chunk.get(0)), "expression nested too deeply",
                    "split it with `let` or `where` definitions");
        }
        ClaimsParser parser = new ClaimsParser(new CommonTokenStream(new ListTokenSource(chunk)));
        parser.removeErrorListeners();
        FirstSyntaxError errors = new FirstSyntaxError();
        parser.addErrorListener(errors);
        try {
            if (expression) {
                ClaimsParser.ExprEofContext tree = parser.exprEof();
                return errors.hasError() ? syntax(source, chunk, errors) : builder.expr(tree.expr());
            }
            ClaimsParser.DeclEofContext tree = parser.declEof();
            return errors.hasError() ? syntax(source, chunk, errors) : builder.declaration(tree.declaration());
        } catch (ParseCancellationException e) {
            return syntax(source, chunk, errors);
        } catch (AstBuilder.Invalid e) {
            return e.diagnostic;
        } catch (StackOverflowError e) {
            // Defence in depth: TokenChunks.check bounds nesting, so this should not happen.
            return Diagnostic.of(Code.E004, span(source, chunk.get(0)), "expression nested too deeply",
                    "split it with `let` or `where` definitions");
        }
    }

    private static Diagnostic syntax(SourceFile source, List<Token> chunk, FirstSyntaxError errors) {
        Token t = errors.offending;
        Span at;
        if (t == null || t.getType() == Token.EOF || t.getStartIndex() < 0) {
            Token last = chunk.isEmpty() ? null : chunk.get(chunk.size() - 1);
            at = last == null ? source.span(source.text().length(), source.text().length())
                    : source.span(last.getStopIndex() + 1, last.getStopIndex() + 1);
        } else {
            at = span(source, t);
        }
        String found = t == null ? "the end of the input" : TokenWords.found(t);
        String expected = TokenWords.expected(errors.expected);
        String message = expected.isEmpty() ? "unexpected " + found : "expected " + expected + ", found " + found;
        return Diagnostic.of(Code.E001, at, message, TokenChunks.hint(t));
    }

    static Span span(SourceFile source, Token t) {
        return source.span(t.getStartIndex(), t.getStopIndex() + 1);
    }
}
