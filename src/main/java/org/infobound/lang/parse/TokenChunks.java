package org.infobound.lang.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.infobound.lang.diag.Code;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.parse.gen.ClaimsLexer;
import org.infobound.lang.source.SourceFile;

/**
 * Splits a token list into top-level declarations and screens each before parsing: invalid
 * characters, unterminated strings and excessive nesting become diagnostics.
 */
final class TokenChunks {

    /**
     * Largest nesting accepted: brackets plus operators that nest (every operator token counts
     * one level until the next comma or closing bracket), an upper bound on the AST depth.
     * Real claims stay far below; the bound keeps every recursive stage (parser, checker,
     * evaluator) well inside the default thread stack.
     */
    static final int MAX_DEPTH = 200;

    private TokenChunks() {
    }

    static List<List<Token>> split(List<Token> tokens) {
        List<List<Token>> chunks = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            if (isDeclarationStart(t.getType()) && !current.isEmpty()) {
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.add(t);
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private static boolean isDeclarationStart(int type) {
        return type == ClaimsLexer.SOURCE || type == ClaimsLexer.LET || type == ClaimsLexer.CLAIM
                || type == ClaimsLexer.THEOREM;
    }

    /** A diagnostic for the first lexical or nesting problem of the chunk, or null. */
    static Diagnostic check(SourceFile source, List<Token> chunk) {
        Deque<Integer> saved = new ArrayDeque<>();
        int depth = 0;
        int base = 0;
        for (Token t : chunk) {
            int type = t.getType();
            if (type == ClaimsLexer.ERROR_CHAR) {
                String text = t.getText();
                String shown = text.equals("\uFFFD") ? "U+FFFD or a character outside the BMP"
                        : String.format("`%s` (U+%04X)", text, (int) text.charAt(0));
                return Diagnostic.of(Code.E002, Parser.span(source, t), "invalid character " + shown,
                        text.equals("|") ? "`||` separates the two laws of a divergence, e.g. KL(p || q)" : ascii(text));
            }
            if (type == ClaimsLexer.UNTERMINATED_STRING) {
                return Diagnostic.of(Code.E003, Parser.span(source, t), "string is not closed before the end of the line",
                        "add the closing `\"`");
            }
            int kind = type >= 0 && type < KIND.length ? KIND[type] : OTHER;
            if (kind == OPEN) {
                saved.push(base);
                depth++;
                base = depth;
            } else if (kind == CLOSE) {
                base = saved.isEmpty() ? 0 : saved.pop();
                depth = base;
            } else if (kind == SEPARATOR) {
                depth = base;
            } else if (kind == OPERATOR) {
                depth++;
            }
            if (depth > MAX_DEPTH) {
                return Diagnostic.of(Code.E004, Parser.span(source, t),
                        "expression nested too deeply (more than " + MAX_DEPTH + " levels)",
                        "split it with `let` or `where` definitions");
            }
        }
        return null;
    }

    /**
     * The ASCII spelling of a symbol pasted from a paper ({@code ≤} is {@code <=}, {@code −} is
     * {@code -}, {@code ‖} is {@code ||}, {@code ∞} is {@code inf}, ...), as a hint, or "".
     */
    static String ascii(String text) {
        String a;
        switch (text) {
            case "\u2264": a = "<="; break;  // ≤
            case "\u2265": a = ">="; break;  // ≥
            case "\u2260": a = "!="; break;  // ≠
            case "\u2212": case "\u2013": case "\u2014": a = "-"; break;  // − – —
            case "\u2016": case "\u2225": a = "||"; break;  // ‖ ∥
            case "\u221E": a = "inf"; break;  // ∞
            case "\u00D7": case "\u22C5": case "\u00B7": a = "*"; break;  // × ⋅ ·
            case "\u00F7": a = "/"; break;  // ÷
            case "\u2248": a = "~="; break;  // ≈
            default: return "";
        }
        return "write `" + a + "` (ASCII) for `" + text + "`" + (a.equals("||")
                ? ", e.g. KL(p || q)" : a.equals("inf") ? ", e.g. 1..inf or (0, inf)" : "");
    }

    private static final int OTHER = 0;
    private static final int OPEN = 1;
    private static final int CLOSE = 2;
    private static final int SEPARATOR = 3;
    private static final int OPERATOR = 4;
    /** Token type to OPEN, CLOSE, SEPARATOR, OPERATOR or OTHER, computed once from the vocabulary. */
    private static final int[] KIND = kinds();

    private static int[] kinds() {
        int n = ClaimsLexer.VOCABULARY.getMaxTokenType() + 1;
        int[] kinds = new int[n];
        for (int type = 0; type < n; type++) {
            String literal = ClaimsLexer.VOCABULARY.getLiteralName(type);
            String text = literal == null ? "" : literal.substring(1, literal.length() - 1);
            kinds[type] = "([{".contains(text) && text.length() == 1 ? OPEN
                    : ")]}".contains(text) && text.length() == 1 ? CLOSE
                    : text.equals(",") || text.equals(":") ? SEPARATOR
                    : isOperator(type, text) ? OPERATOR : OTHER;
        }
        return kinds;
    }

    private static boolean isOperator(int type, String text) {
        switch (text) {
            case "+": case "-": case "*": case "/": case "^": case "->": case "~=":
            case "<=": case "<": case ">=": case ">": case "==": case "!=": case "||": case "..":
                return true;
            default:
                return type == ClaimsLexer.AND || type == ClaimsLexer.OR || type == ClaimsLexer.NOT
                        || type == ClaimsLexer.IMPLIES || type == ClaimsLexer.WITHIN;
        }
    }

    /** A help line for common slips, else "". */
    static String hint(Token t) {
        if (t == null) {
            return "";
        }
        switch (t.getText()) {
            case "=":
                return "use `==` for equality in formulas; `=` only defines names (let, where, named arguments)";
            case "&&":
            case "&":
                return "write `and`";
            default:
                break;
        }
        if (t.getType() == Token.EOF) {
            return "the declaration is incomplete";
        }
        return "";
    }
}
