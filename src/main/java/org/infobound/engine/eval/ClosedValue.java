package org.infobound.engine.eval;

import java.util.HashMap;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.source.SourceFile;
import org.infobound.num.Interval;

/**
 * The value of a closed expression ({@code infobound eval}): the floating-point value and the
 * certified enclosure, each with the reason when it is missing.
 *
 * @param kind NUMBER, TRUTH (a formula), OTHER (a law or function), UNDEFINED or FAILED
 * @param value the floating-point value (NaN when none); 1 or 0 for a formula
 * @param enclosure the certified enclosure, or null when none could be certified
 * @param text a description: the truth value, the kind of a non-number, or why there is no value
 */
public record ClosedValue(Kind kind, double value, Interval enclosure, String text) {

    /** What the expression denotes. */
    public enum Kind { NUMBER, TRUTH, OTHER, UNDEFINED, FAILED }

    /** Evaluates {@code e} (no binders, no lets) in both routes. */
    public static ClosedValue of(SourceFile source, Expr e) {
        Evaluator<Double, ?> f = new Evaluator<>(new FloatBackend(), source, new HashMap<>());
        Evaluator<Interval, ?> c = new Evaluator<>(new CertBackend(), source, new HashMap<>());
        Object fv;
        try {
            fv = f.eval(e, Env.root());
        } catch (Undefined u) {
            return new ClosedValue(Kind.UNDEFINED, Double.NaN, null, "undefined: " + u.getMessage());
        } catch (OutOfRange x) {
            // a finite value beyond the double range: no floating-point value, the certified one may exist
            Object cv = safe(c, e);
            Interval iv = cv instanceof String || cv instanceof Truth ? null : c.num(cv);
            return new ClosedValue(Kind.NUMBER, Double.NaN, iv, "beyond the double range (" + x.getMessage() + ")"
                    + (cv instanceof String why ? "; no certified enclosure: " + why : ""));
        } catch (EvalFailure | Uncertified | ArithmeticException | IllegalArgumentException
                | org.hipparchus.exception.MathRuntimeException x) {
            return new ClosedValue(Kind.FAILED, Double.NaN, null, x.getMessage());
        }
        if (fv instanceof Truth t) {
            Object cv = safe(c, e);
            String cert = cv instanceof Truth ct ? ct.truth().name().toLowerCase(java.util.Locale.ROOT) : "not certified";
            return new ClosedValue(Kind.TRUTH, t.truth() == Tri.TRUE ? 1 : 0, null,
                    t.truth().name().toLowerCase(java.util.Locale.ROOT) + " (certified: " + cert + ")");
        }
        Double d = numeric(f, fv);
        if (d == null) {
            return new ClosedValue(Kind.OTHER, Double.NaN, null, Evaluator.describe(fv));
        }
        Object cv = safe(c, e);
        Interval iv = cv instanceof String ? null : c.num(cv);
        org.hipparchus.fraction.BigFraction q = Evaluator.exact(fv);
        if (q != null && (Double.isInfinite(d) || (d == 0 && q.signum() != 0))) {
            // an exact rational such as 10^400 or 10^-400 has no double value: never print its
            // rounding (Infinity, 0) as the value
            return new ClosedValue(Kind.NUMBER, Double.NaN, iv, "beyond the double range (an exact rational of "
                    + Math.max(q.getNumerator().bitLength(), q.getDenominator().bitLength()) + " bits)");
        }
        return new ClosedValue(Kind.NUMBER, d, iv, cv instanceof String s ? s : "");
    }

    /**
     * The certified enclosure of a closed numeric expression (no binders, no lets) by the
     * engine's certified evaluator ({@link Mode#CERTIFIED}: exact rationals where the operations
     * allow, outward-rounded intervals otherwise), or empty when the value is not a number or
     * cannot be certified (possibly undefined, unsupported, beyond the exact budget). This is the
     * evaluator the prover uses for closed relations (engine/prove Facts), so a PROVED by
     * evaluation rests on the same certified code as a FALSIFIED.
     *
     * @throws InternalFailure when the evaluation hits a bug (spec/CHECK.md, internal errors)
     */
    public static java.util.Optional<Interval> enclosure(SourceFile source, Expr e) {
        Evaluator<Interval, ?> c = new Evaluator<>(new CertBackend(), source, new HashMap<>());
        try {
            Object v = c.eval(e, Env.root());
            if (v instanceof Truth) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(c.num(v));
        } catch (EvalFailure | Undefined | Uncertified | OutOfRange | ArithmeticException
                | IllegalArgumentException | org.hipparchus.exception.MathRuntimeException x) {
            if (InternalFailure.isInternal(x)) {
                throw new InternalFailure(x.toString(), x);
            }
            return java.util.Optional.empty();
        }
    }

    /**
     * The sampled route's value of a closed numeric expression (best-of-n of discrete laws
     * simulated with {@code samples} draws from {@code seed}), or NaN when it has none.
     */
    public static double sampled(SourceFile source, Expr e, long seed, int samples) {
        Evaluator<Double, ?> s = new Evaluator<>(new SampledBackend(seed, samples), source, new HashMap<>());
        try {
            Double d = numeric(s, s.eval(e, Env.root()));
            return d == null ? Double.NaN : d;
        } catch (Undefined | EvalFailure | ArithmeticException | IllegalArgumentException x) {
            return Double.NaN;
        }
    }

    private static Double numeric(Evaluator<Double, ?> f, Object v) {
        try {
            return f.num(v);
        } catch (EvalFailure x) {
            return null;
        }
    }

    /** The certified value, or the reason (a String) why there is none. */
    private static Object safe(Evaluator<Interval, ?> c, Expr e) {
        try {
            Object v = c.eval(e, Env.root());
            if (!(v instanceof Truth)) {
                c.num(v);
            }
            return v;
        } catch (Undefined u) {
            return "possibly undefined: " + u.getMessage();
        } catch (OutOfRange x) {
            return "beyond the range of certified evaluation: " + x.getMessage();
        } catch (EvalFailure | Uncertified | ArithmeticException | IllegalArgumentException
                | org.hipparchus.exception.MathRuntimeException x) {
            return x.getMessage();
        }
    }
}
