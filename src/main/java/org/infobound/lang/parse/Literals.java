package org.infobound.lang.parse;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.antlr.v4.runtime.Token;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.diag.Code;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.source.Span;

/** Exact number literals and string unescaping. */
final class Literals {

    /** Longest integer literal accepted (digits); longer ones are written as powers. */
    static final int MAX_INT_DIGITS = 10_000;

    private Literals() {
    }

    /** An Int literal (no '.' and no exponent) or an exact Real literal; E005 when out of range. */
    static Expr number(Token t, Span s) {
        String text = t.getText();
        if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
            if (text.length() > MAX_INT_DIGITS) {
                throw new AstBuilder.Invalid(Diagnostic.of(Code.E005, s, "integer literal with " + text.length()
                        + " digits (at most " + MAX_INT_DIGITS + ")", "write a large number as a power, e.g. 10^20000"));
            }
            return new Expr.IntLit(s, new BigInteger(text));
        }
        try {
            return new Expr.RealLit(s, text, new BigDecimal(text));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new AstBuilder.Invalid(Diagnostic.of(Code.E005, s, "number `" + TokenWords.abbreviate(text)
                    + "` is out of range", "the decimal exponent must fit in 32 bits; write huge numbers as powers, e.g. 10^999999"));
        }
    }

    /** The value of a string literal {@code raw} (with its quotes): escapes resolved. */
    static String unquote(String raw) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < raw.length() - 1; i++) {
            char ch = raw.charAt(i);
            if (ch == '\\' && i + 1 < raw.length() - 1) {
                char next = raw.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
