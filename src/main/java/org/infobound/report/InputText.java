package org.infobound.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;

/**
 * Exact values read back from a counterexample's text ({@code 2}, {@code 1/2}, {@code 0.25},
 * {@code [1/2, 1/2]}), as the engine's {@code Rationals.text} writes them.
 */
final class InputText {

    private InputText() {
    }

    /** A rational {@code a}, {@code a/b} or a plain decimal. */
    static BigFraction rational(String s) {
        String t = s.trim();
        int slash = t.indexOf('/');
        if (slash > 0) {
            return new BigFraction(new BigInteger(t.substring(0, slash).trim()), new BigInteger(t.substring(slash + 1).trim()));
        }
        BigDecimal d = new BigDecimal(t);
        return d.scale() > 0 ? new BigFraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                : new BigFraction(d.toBigIntegerExact());
    }

    /** A list {@code [x1, ..., xk]} of rationals. */
    static List<BigFraction> list(String s) {
        String t = s.trim();
        if (!t.startsWith("[") || !t.endsWith("]")) {
            throw new NumberFormatException("not a list: " + s);
        }
        List<BigFraction> out = new ArrayList<>();
        for (String part : t.substring(1, t.length() - 1).split(",")) {
            out.add(rational(part));
        }
        return out;
    }
}
