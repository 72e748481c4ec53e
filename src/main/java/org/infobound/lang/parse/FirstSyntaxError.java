package org.infobound.lang.parse;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Keeps only the first syntax error of a declaration (later ones are mostly echoes of the
 * first) as its offending token and the expected set; ANTLR's own message text is not used.
 */
final class FirstSyntaxError extends BaseErrorListener {

    Token offending;
    IntervalSet expected;

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
            String msg, RecognitionException e) {
        if (offending != null) {
            return;
        }
        offending = (Token) offendingSymbol;
        try {
            if (e != null && e.getExpectedTokens() != null) {
                expected = e.getExpectedTokens();
            } else if (recognizer instanceof Parser p) {
                expected = p.getExpectedTokens();
            }
        } catch (RuntimeException ignored) {
            expected = null; // the expected set is a courtesy; the location is what matters
        }
        throw new ParseCancellationException(); // stop at the first error: recovery is capped at zero
    }

    boolean hasError() {
        return offending != null;
    }
}
