package org.infobound.engine.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Lexical environment of an evaluation: names to values, with a parent, and the current outcome
 * (law and index) inside {@code E(p, X)}.
 */
final class Env {

    /** The outcome an outcome-level expression is evaluated at. */
    record Outcome(Object law, int index, double reward) {
    }

    private final Env parent;
    private final Map<String, Object> values = new HashMap<>();
    private final Outcome outcome;

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
        values.put(name, v);
    }

    /** The value bound to name, or null. */
    Object lookup(String name) {
        for (Env e = this; e != null; e = e.parent) {
            Object v = e.values.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    Outcome outcome() {
        return outcome;
    }
}
