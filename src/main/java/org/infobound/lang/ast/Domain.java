package org.infobound.lang.ast;

import java.util.List;
import org.infobound.lang.source.Span;

/** What a binder ranges over (spec/LANGUAGE.md section 5). */
public sealed interface Domain extends Node {

    /** {@code a..b} (integers, inclusive); {@code hi} may be the name {@code inf}. */
    record IntRange(Span span, Expr lo, Expr hi) implements Domain {
    }

    /** {@code [a, b]}, {@code (a, b)}, {@code [a, b)}, {@code (a, b]}; {@code inf} only at open ends. */
    record RealInterval(Span span, EndKind loEnd, Expr lo, Expr hi, EndKind hiEnd) implements Domain {
    }

    /** {@code {e1, e2, ...}}: values of one type (numbers, lambdas, laws). */
    record FiniteSet(Span span, List<Expr> elements) implements Domain {
        public FiniteSet {
            elements = List.copyOf(elements);
        }
    }

    /**
     * {@code dist(k)} (then {@code minSize == maxSize}, the same node) or {@code dist(a..b)}, with
     * reward options; probability vectors on the claim's shared alphabet.
     */
    record DistDomain(Span span, Expr minSize, Expr maxSize, List<DistOption> options) implements Domain {
        public DistDomain {
            options = List.copyOf(options);
        }
    }

    /** {@code continuous}: an atomless reward law from the built-in families. */
    record Continuous(Span span) implements Domain {
    }

    /** A single law, e.g. {@code normal(m, s)}. */
    record Law(Span span, Expr law) implements Domain {
    }

    /** {@code fn(lo, hi)}: functions on the shared alphabet with values in [lo, hi]. */
    record FnDomain(Span span, Expr lo, Expr hi) implements Domain {
    }

    /** {@code kernel(m)} ({@code minOutputs == maxOutputs}) or {@code kernel(a..b)}. */
    record KernelDomain(Span span, Expr minOutputs, Expr maxOutputs) implements Domain {
    }
}
