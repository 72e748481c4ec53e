package org.infobound.lang.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.infobound.lang.check.Builtin.NamedParam;

/** The builtin functions and constants of the claims language (spec/LANGUAGE.md sections 3-8). */
public final class Builtins {

    /** Builtin constants, all Real: {@code pi}, {@code e}, {@code inf}. */
    public static final Set<String> CONSTANTS = Set.of("pi", "e", "inf");
    /** The outcome reward inside {@code E(p, X)}. */
    public static final String REWARD = "r";

    private static final Map<String, Builtin> TABLE = build();

    private Builtins() {
    }

    /** The builtin called {@code name}. */
    public static Optional<Builtin> lookup(String name) {
        return Optional.ofNullable(TABLE.get(name));
    }

    /** Every builtin, in documentation order. */
    public static Collection<Builtin> all() {
        return Collections.unmodifiableCollection(TABLE.values());
    }

    /**
     * True if {@code name} cannot name a value ({@code pi}, {@code e}, {@code inf}, {@code r}).
     * Values and functions have separate namespaces: a binder may be called {@code beta}
     * while {@code beta(a, b)} stays the law (spec/examples does exactly that).
     */
    public static boolean isReservedValue(String name) {
        return CONSTANTS.contains(name) || REWARD.equals(name);
    }

    private static Map<String, Builtin> build() {
        Map<String, Builtin> t = new LinkedHashMap<>();
        String line = "laws on the line";
        add(t, line, "normal", "Line", "mu: Real", "sigma: Real > 0");
        add(t, line, "exponential", "Line", "rate: Real > 0");
        add(t, line, "uniform", "Line", "a: Real", "b: Real > a");
        add(t, line, "beta", "Line", "a: Real > 0", "b: Real > 0");
        add(t, line, "gamma", "Line", "shape: Real > 0", "scale: Real > 0");
        add(t, line, "laplace", "Line", "mu: Real", "b: Real > 0");
        add(t, line, "logistic", "Line", "mu: Real", "s: Real > 0");
        add(t, line, "gumbel", "Line", "mu: Real", "beta: Real > 0");
        add(t, line, "pareto", "Line", "xm: Real > 0", "alpha: Real > 0");
        String disc = "discrete literal laws";
        add(t, disc, "bernoulli", "Discrete on rewards [0, 1]", "p: Real in [0, 1]");
        t.put("categorical", new Builtin("categorical", disc, false, List.of("[p1, ..., pk]"), 1, 1,
                List.of(new NamedParam("rewards", List.of(), "[r1, ..., rk]", true)), "Discrete on rewards [r1, ..., rk]"));
        t.put("empirical", new Builtin("empirical", disc, false, List.of("\"file.csv\""), 1, 1,
                List.of(new NamedParam("column", List.of(), "\"name\" | k", false)), "Discrete on the file's samples"));
        String ops = "operations on laws";
        t.put("bon", new Builtin("bon", ops, false, List.of("p: Dist", "n: Int >= 1"), 2, 2,
                List.of(new NamedParam("ties", List.of("uniform", "index"), "", false),
                        new NamedParam("by", List.of(), "g: Fn", false)), "Dist (same alphabet as p)"));
        add(t, ops, "tilt", "Dist (same alphabet as p)", "p: Dist", "beta: Real > 0");
        add(t, ops, "mix", "Dist (same alphabet as p)", "p: Dist", "q: Dist", "w: Real in [0, 1]");
        add(t, ops, "rewardlaw", "Dist (rewards merged)", "p: Dist");
        add(t, ops, "apply", "Discrete on the kernel's outputs", "k: Kernel", "p: Dist (shared alphabet)");
        String div = "divergences";
        t.put("KL", divergence("KL", div));
        t.put("chi2", divergence("chi2", div));
        t.put("renyi", divergence("renyi", div, "alpha: Real in [0, inf]"));
        t.put("Df", divergence("Df", div, "f: Lambda"));
        add(t, div, "TV", "Real in [0, 1]", "p: Dist", "q: Dist");
        add(t, div, "H2", "Real in [0, 1]", "p: Dist", "q: Dist");
        add(t, div, "BC", "Real in [0, 1]", "p: Dist", "q: Dist");
        add(t, div, "JS", "Real in [0, log 2]", "p: Dist", "q: Dist");
        String mom = "moments and tails";
        t.put("E", new Builtin("E", mom, false, List.of("p: Dist", "X: outcome expression"), 1, 2, List.of(), "Real"));
        for (String f : List.of("var", "sd", "sigma2", "sigma2_right", "sigma2_left")) {
            add(t, mom, f, "Real", "p: Dist");
        }
        add(t, mom, "entropy", "Real", "p: Dist");
        for (String f : List.of("collision", "pmax")) {
            add(t, mom, f, "Real", "p: Discrete");
        }
        add(t, mom, "cgf", "Real", "p: Dist", "l: Real");
        add(t, mom, "cdf", "Real", "p: Dist", "x: Real");
        add(t, mom, "quantile", "Real", "p: Dist", "u: Real in [0, 1]");
        t.put("winrate", new Builtin("winrate", mom, false, List.of("p: Dist", "q: Dist"), 2, 2,
                List.of(new NamedParam("ties", List.of("half", "strict", "weak"), "", false)), "Real in [0, 1]"));
        add(t, mom, "prob", "outcome expression (only inside E)", "q: Discrete");
        String num = "numbers";
        for (String f : List.of("abs", "sqrt", "exp", "log", "log2", "log1p", "expm1", "lgamma", "digamma")) {
            add(t, num, f, "Real", "x: Real");
        }
        add(t, num, "floor", "Int", "x: Real");
        add(t, num, "ceil", "Int", "x: Real");
        add(t, num, "harmonic", "Real", "n: Int >= 0");
        t.put("min", new Builtin("min", num, false, List.of("x1: Real", "x2: Real", "..."), 2, -1, List.of(), "Real"));
        t.put("max", new Builtin("max", num, false, List.of("x1: Real", "x2: Real", "..."), 2, -1, List.of(), "Real"));
        return Collections.unmodifiableMap(t);
    }

    private static void add(Map<String, Builtin> t, String group, String name, String result, String... params) {
        t.put(name, new Builtin(name, group, false, List.of(params), params.length, params.length, List.of(), result));
    }

    private static Builtin divergence(String name, String group, String... extra) {
        List<String> params = new ArrayList<>(List.of("p: Dist", "q: Dist"));
        params.addAll(List.of(extra));
        return new Builtin(name, group, true, params, params.size(), params.size(), List.of(), "Real in [0, inf]");
    }
}
