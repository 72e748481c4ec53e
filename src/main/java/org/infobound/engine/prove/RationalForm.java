package org.infobound.engine.prove;

import java.util.Map;
import org.hipparchus.fraction.BigFraction;

/**
 * A quotient {@code num / den} of Laurent polynomials ({@link Poly}). A monomial denominator is
 * absorbed into the numerator (negative exponents), so expressions whose divisions are by
 * monomials get a canonical form; otherwise the denominator is scaled to a leading coefficient
 * of 1. Equality is decided by cross-multiplication, {@code n1 d2 == n2 d1}, which is valid in
 * the field of fractions of the (integral) Laurent polynomial ring.
 *
 * <p>Invariant used by {@link Algebra}: at every point where the source expression is defined,
 * its value is {@code num / den} evaluated there, with {@code den} nonzero.
 */
record RationalForm(Poly num, Poly den) {

    static RationalForm of(Poly p) {
        return new RationalForm(p, Poly.ONE);
    }

    /** Absorbs a monomial denominator; scales any other to a leading coefficient of 1. */
    static RationalForm make(Poly num, Poly den) {
        if (den.isZero()) {
            throw new NotCertified("division by an expression that is identically zero");
        }
        if (num.isZero()) {
            return of(Poly.ZERO);
        }
        Map.Entry<Mono, BigFraction> lead = den.terms.firstEntry();
        if (den.terms.size() == 1) {
            // den = c m with m nonzero wherever den is: num / den = num * (1/c) * m^-1
            return of(num.mul(Poly.term(lead.getValue().reciprocal(), lead.getKey().pow(-1))));
        }
        Poly scale = Poly.constant(lead.getValue().reciprocal());
        return new RationalForm(num.mul(scale), den.mul(scale));
    }

    boolean isPolynomial() {
        return den.isOne();
    }

    RationalForm add(RationalForm o) {
        if (den.equals(o.den)) {
            return make(num.add(o.num), den);
        }
        return make(num.mul(o.den).add(o.num.mul(den)), den.mul(o.den));
    }

    RationalForm neg() {
        return new RationalForm(num.neg(), den);
    }

    RationalForm sub(RationalForm o) {
        return add(o.neg());
    }

    RationalForm mul(RationalForm o) {
        return make(num.mul(o.num), den.mul(o.den));
    }

    RationalForm div(RationalForm o) {
        if (o.num.isZero()) {
            throw new NotCertified("division by an expression that is identically zero");
        }
        return make(num.mul(o.den), den.mul(o.num));
    }

    RationalForm pow(int k) {
        if (k >= 0) {
            return make(num.pow(k), den.pow(k));
        }
        return make(Poly.ONE, Poly.ONE).div(this).pow(-k);
    }

    /** Equal as rational functions. */
    boolean sameAs(RationalForm o) {
        return num.mul(o.den).equals(o.num.mul(den));
    }

    String text() {
        return den.isOne() ? num.text() : "(" + num.text() + ") / (" + den.text() + ")";
    }
}
