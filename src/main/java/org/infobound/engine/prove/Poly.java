package org.infobound.engine.prove;

import java.util.Map;
import java.util.TreeMap;
import org.hipparchus.fraction.BigFraction;

/**
 * A Laurent polynomial with exact rational coefficients: a map from {@link Mono} to nonzero
 * {@link BigFraction}, sorted, so two polynomials are equal iff their texts are. Sizes are
 * capped ({@link #MAX_TERMS}); beyond the cap the normaliser gives up ({@link NotCertified}).
 */
final class Poly {

    static final int MAX_TERMS = 4000;
    static final Poly ZERO = new Poly(new TreeMap<>());
    static final Poly ONE = constant(BigFraction.ONE);

    final TreeMap<Mono, BigFraction> terms;

    private Poly(TreeMap<Mono, BigFraction> terms) {
        if (terms.size() > MAX_TERMS) {
            throw new NotCertified("polynomial too large to normalise (more than " + MAX_TERMS + " terms)");
        }
        this.terms = terms;
    }

    static Poly constant(BigFraction c) {
        return term(c, Mono.ONE);
    }

    static Poly term(BigFraction c, Mono m) {
        TreeMap<Mono, BigFraction> t = new TreeMap<>();
        if (c.signum() != 0) {
            t.put(m, c);
        }
        return new Poly(t);
    }

    Poly add(Poly o) {
        TreeMap<Mono, BigFraction> t = new TreeMap<>(terms);
        o.terms.forEach((m, c) -> {
            BigFraction s = t.getOrDefault(m, BigFraction.ZERO).add(c);
            if (s.signum() == 0) {
                t.remove(m);
            } else {
                t.put(m, s);
            }
        });
        return new Poly(t);
    }

    Poly neg() {
        TreeMap<Mono, BigFraction> t = new TreeMap<>();
        terms.forEach((m, c) -> t.put(m, c.negate()));
        return new Poly(t);
    }

    Poly sub(Poly o) {
        return add(o.neg());
    }

    Poly mul(Poly o) {
        if ((long) terms.size() * o.terms.size() > 4L * MAX_TERMS) {
            throw new NotCertified("product too large to normalise");
        }
        Poly out = ZERO;
        for (Map.Entry<Mono, BigFraction> a : terms.entrySet()) {
            TreeMap<Mono, BigFraction> t = new TreeMap<>();
            for (Map.Entry<Mono, BigFraction> b : o.terms.entrySet()) {
                t.put(a.getKey().times(b.getKey()), a.getValue().multiply(b.getValue()));
            }
            out = out.add(new Poly(t));
        }
        return out;
    }

    /** {@code this^k} for {@code k >= 0}. */
    Poly pow(int k) {
        Poly out = ONE;
        for (int i = 0; i < k; i++) {
            out = out.mul(this);
        }
        return out;
    }

    boolean isZero() {
        return terms.isEmpty();
    }

    boolean isOne() {
        return terms.size() == 1 && terms.firstKey().isOne() && terms.firstEntry().getValue().equals(BigFraction.ONE);
    }

    /** Canonical text: terms in monomial order, coefficients as exact fractions. */
    String text() {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Mono, BigFraction> e : terms.entrySet()) {
            BigFraction c = e.getValue();
            sb.append(sb.length() == 0 ? (c.signum() < 0 ? "-" : "") : (c.signum() < 0 ? " - " : " + "));
            BigFraction a = c.abs();
            boolean unit = a.equals(BigFraction.ONE);
            if (!unit || e.getKey().isOne()) {
                String coefficient = a.getDenominator().equals(java.math.BigInteger.ONE)
                        ? a.getNumerator().toString() : "(" + a.getNumerator() + "/" + a.getDenominator() + ")";
                sb.append(coefficient);
            }
            if (!e.getKey().isOne()) {
                sb.append(unit ? "" : " * ").append(e.getKey().text());
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Poly p && terms.equals(p.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }
}
