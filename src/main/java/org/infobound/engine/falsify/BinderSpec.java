package org.infobound.engine.falsify;

import java.util.Map;
import java.util.function.Function;
import org.infobound.engine.eval.Input;

/**
 * One binder of a claim: its name and how to resolve its domain from the values of the earlier
 * binders (bounds are expressions of earlier binders, spec/LANGUAGE.md section 5).
 *
 * @param name the binder's name
 * @param domain resolves the domain; may throw IllegalArgumentException for an empty domain
 */
public record BinderSpec(String name, Function<Map<String, Input>, Dom> domain) {

    /** A binder with a fixed domain. */
    public static BinderSpec of(String name, Dom dom) {
        return new BinderSpec(name, earlier -> dom);
    }
}
