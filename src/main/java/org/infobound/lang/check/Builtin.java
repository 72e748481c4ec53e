package org.infobound.lang.check;

import java.util.List;
import java.util.Optional;

/**
 * One row of the builtin table: name, positional parameters, named arguments and the result,
 * as documented in spec/LANGUAGE.md. The table drives arity checks, named-argument checks and
 * the "did you mean" hints; type rules that depend on arguments live in {@code CallChecker}.
 *
 * @param name      function name
 * @param group     documentation group
 * @param divergence true if written {@code f(p || q, ...)}
 * @param params    positional parameter descriptions, e.g. {@code "p: Dist"}
 * @param minArity  fewest positional arguments (counting both laws of a divergence)
 * @param maxArity  most positional arguments, or -1 for any number
 * @param named     named arguments accepted
 * @param result    result description
 */
public record Builtin(String name, String group, boolean divergence, List<String> params, int minArity,
        int maxArity, List<NamedParam> named, String result) {

    /**
     * A named argument.
     *
     * @param name     its name
     * @param words    allowed word values, or empty if the value is an expression
     * @param type     description of the value
     * @param required whether it must be given
     */
    public record NamedParam(String name, List<String> words, String type, boolean required) {
    }

    /** The named parameter called {@code n}. */
    public Optional<NamedParam> namedParam(String n) {
        return named.stream().filter(p -> p.name().equals(n)).findFirst();
    }

    /** The signature as written in spec/LANGUAGE.md, e.g. {@code KL(p || q)}. */
    public String signature() {
        StringBuilder s = new StringBuilder(name).append('(');
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                s.append(divergence && i == 1 ? " || " : ", ");
            }
            s.append(params.get(i));
        }
        for (NamedParam p : named) {
            s.append(", ").append(p.name()).append(" = ")
                    .append(p.words().isEmpty() ? p.type() : String.join("|", p.words()));
        }
        return s.append(')').toString();
    }
}
