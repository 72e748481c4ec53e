package org.infobound.engine.prove;

import java.util.Map;
import java.util.TreeMap;

/**
 * A Laurent monomial: a product of symbols with nonzero integer exponents (negative allowed),
 * kept sorted by symbol, so equal monomials have equal text. Symbols are binder names and the
 * keys of opaque atoms ({@link Algebra}).
 *
 * @param exps symbol to exponent, no zero exponents
 */
record Mono(TreeMap<String, Integer> exps) implements Comparable<Mono> {

    /** The empty product. */
    static final Mono ONE = new Mono(new TreeMap<>());

    /** Copies the map, dropping zero exponents. */
    Mono {
        TreeMap<String, Integer> m = new TreeMap<>();
        exps.forEach((k, v) -> {
            if (v != 0) {
                m.put(k, v);
            }
        });
        exps = m;
    }

    static Mono of(String symbol) {
        TreeMap<String, Integer> m = new TreeMap<>();
        m.put(symbol, 1);
        return new Mono(m);
    }

    Mono times(Mono o) {
        TreeMap<String, Integer> m = new TreeMap<>(exps);
        o.exps.forEach((k, v) -> m.merge(k, v, (a, b) -> Math.addExact(a, b)));
        return new Mono(m);
    }

    Mono pow(int k) {
        TreeMap<String, Integer> m = new TreeMap<>();
        exps.forEach((s, e) -> m.put(s, Math.multiplyExact(e, k)));
        return new Mono(m);
    }

    boolean isOne() {
        return exps.isEmpty();
    }

    String text() {
        if (exps.isEmpty()) {
            return "1";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : exps.entrySet()) {
            if (sb.length() > 0) {
                sb.append(" * ");
            }
            sb.append(e.getKey());
            if (e.getValue() != 1) {
                sb.append('^').append(e.getValue() < 0 ? "(" + e.getValue() + ")" : e.getValue());
            }
        }
        return sb.toString();
    }

    @Override
    public int compareTo(Mono o) {
        java.util.Iterator<Map.Entry<String, Integer>> a = exps.entrySet().iterator();
        java.util.Iterator<Map.Entry<String, Integer>> b = o.exps.entrySet().iterator();
        while (a.hasNext() && b.hasNext()) {
            Map.Entry<String, Integer> x = a.next();
            Map.Entry<String, Integer> y = b.next();
            int c = x.getKey().compareTo(y.getKey());
            if (c == 0) {
                c = Integer.compare(x.getValue(), y.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(a.hasNext(), b.hasNext());
    }
}
