package org.infobound.engine.eval;


/**
 * Lexical environment of an evaluation: names to values, with a parent, and the current outcome
 * (law and index) inside {@code E(p, X)}.
 */
final class Env {

    /** The outcome an outcome-level expression is evaluated at. */
    record Outcome(Object law, int index, double reward) {
    }

    private final Env parent;
    /** Names and values as small parallel arrays: scopes hold a few names, scanned linearly. */
    private String[] names = NONE;
    private Object[] values = new Object[0];
    private int size;
    private final Outcome outcome;

    private static final String[] NONE = new String[0];

    Env(Env parent, Outcome outcome) {
        this.parent = parent;
        this.outcome = outcome;
    }

    static Env root() {
        return new Env(null, null);
    }

    Env child() {
        return new Env(this, outcome);
    }

    Env atOutcome(Outcome o) {
        return new Env(this, o);
    }

    void put(String name, Object v) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                values[i] = v;
                return;
            }
        }
        if (size == names.length) {
            int cap = Math.max(4, 2 * size);
            names = java.util.Arrays.copyOf(names, cap);
            values = java.util.Arrays.copyOf(values, cap);
        }
        names[size] = name;
        values[size] = v;
        size++;
    }

    /** The value bound to name, or null. */
    Object lookup(String name) {
        for (Env e = this; e != null; e = e.parent) {
            for (int i = e.size - 1; i >= 0; i--) {
                if (e.names[i].equals(name)) {
                    Object v = e.values[i];
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    Outcome outcome() {
        return outcome;
    }
}
