package org.infobound.lang.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.infobound.lang.parse.gen.ClaimsLexer;

/** Names token types in plain words for syntax diagnostics ("a name", "`)`", "an expression"). */
final class TokenWords {

    private static final Set<Integer> EXPRESSION_STARTS = Set.of(ClaimsLexer.NUMBER, ClaimsLexer.ID,
            ClaimsLexer.STRING, ClaimsLexer.NOT, ClaimsLexer.SUM, ClaimsLexer.SUP);

    private TokenWords() {
    }

    static String word(int type) {
        switch (type) {
            case Token.EOF:
                return "the end of the declaration";
            case ClaimsLexer.ID:
                return "a name";
            case ClaimsLexer.NUMBER:
                return "a number";
            case ClaimsLexer.STRING:
                return "a string";
            default:
                String literal = ClaimsLexer.VOCABULARY.getLiteralName(type);
                return literal == null ? ClaimsLexer.VOCABULARY.getDisplayName(type)
                        : "`" + literal.substring(1, literal.length() - 1) + "`";
        }
    }

    /** What a found token is, e.g. "`)`" or "the name `foo`". */
    static String found(Token t) {
        switch (t.getType()) {
            case Token.EOF:
                return "the end of the declaration";
            case ClaimsLexer.ID:
                return "the name `" + t.getText() + "`";
            case ClaimsLexer.NUMBER:
                return "the number `" + abbreviate(t.getText()) + "`";
            case ClaimsLexer.STRING:
                return "a string";
            default:
                return "`" + abbreviate(t.getText()) + "`";
        }
    }

    /** "a name, `(` or an expression": the expected set in plain words, shortened. */
    static String expected(IntervalSet set) {
        if (set == null || set.isNil()) {
            return "";
        }
        List<Integer> types = set.toList();
        Set<String> words = new TreeSet<>();
        boolean expression = types.contains(ClaimsLexer.NUMBER) && types.contains(ClaimsLexer.ID);
        boolean operator = false;
        for (int type : types) {
            if (expression && (EXPRESSION_STARTS.contains(type) || isExpressionPunct(type) || type == ClaimsLexer.REWARDS)) {
                continue;
            }
            if (isOperator(type)) {
                operator = true;
                continue;
            }
            words.add(word(type));
        }
        List<String> list = new ArrayList<>(words);
        if (expression) {
            list.add(0, "an expression");
        }
        if (operator) {
            list.add("an operator");
        }
        if (list.size() > 8) {
            int more = list.size() - 7;
            list = new ArrayList<>(list.subList(0, 7));
            list.add(more + " other tokens");
        }
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }

    private static final Set<String> OPERATORS = Set.of("'+'", "'-'", "'*'", "'/'", "'^'", "'<='", "'<'", "'>='",
            "'>'", "'=='", "'!='", "'~='", "'and'", "'or'", "'implies'");

    private static boolean isOperator(int type) {
        return OPERATORS.contains(String.valueOf(ClaimsLexer.VOCABULARY.getLiteralName(type)));
    }

    private static boolean isExpressionPunct(int type) {
        String literal = ClaimsLexer.VOCABULARY.getLiteralName(type);
        return "'('".equals(literal) || "'['".equals(literal) || "'-'".equals(literal);
    }

    static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 27) + "...";
    }
}
