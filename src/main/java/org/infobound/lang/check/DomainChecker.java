package org.infobound.lang.check;

import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.DistOption;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.EndKind;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.UnaryOp;
import org.infobound.lang.diag.Code;

/** Checks a domain (spec/LANGUAGE.md section 5) and gives the type of the values it holds. */
final class DomainChecker {

    private final ExprChecker ec;

    DomainChecker(ExprChecker ec) {
        this.ec = ec;
    }

    /**
     * The element type, or null after an error. {@code inAggregate}: an empty integer range is
     * a warning there (an empty sum is 0), an error for a binder.
     */
    Type check(Domain d, Scope scope, boolean inAggregate) {
        if (d instanceof Domain.IntRange r) {
            return intRange(r, scope, inAggregate);
        } else if (d instanceof Domain.RealInterval i) {
            return interval(i, scope, false) ? Type.REAL : null;
        } else if (d instanceof Domain.FiniteSet s) {
            return set(s, scope);
        } else if (d instanceof Domain.DistDomain dd) {
            boolean ok = sizes(dd.minSize(), dd.maxSize(), scope, "an alphabet needs at least 1 outcome");
            for (DistOption o : dd.options()) {
                if (o instanceof DistOption.RewardsInInterval ri) {
                    ok &= interval(ri.range(), scope, true);
                } else if (o instanceof DistOption.RewardsInSet rs) {
                    Type t = set(rs.values(), scope);
                    if (t != null && !t.isNumeric()) {
                        ec.diags.add(Code.E301, rs.span(), "rewards must be numbers, found " + t.describe());
                        ok = false;
                    }
                    ok &= t != null;
                }
            }
            return ok ? Type.SHARED_DIST : null;
        } else if (d instanceof Domain.Continuous) {
            return Type.LINE;
        } else if (d instanceof Domain.Law l) {
            Type t = ec.check(l.law(), scope, null);
            if (t != null && !t.isLaw()) {
                ec.diags.add(Code.E301, l.span(), "expected a domain (a..b, an interval, a set, dist(...), continuous,"
                        + " a law, fn(lo, hi) or kernel(m)), found " + t.describe());
                return null;
            }
            return t;
        } else if (d instanceof Domain.FnDomain f) {
            Type lo = ec.plainNumber(f.lo(), ec.check(f.lo(), scope, null), null);
            Type hi = ec.plainNumber(f.hi(), ec.check(f.hi(), scope, null), null);
            return lo != null && hi != null && nonEmpty(f.lo(), f.hi(), true, f.span()) ? Type.FN : null;
        } else if (d instanceof Domain.KernelDomain k) {
            return sizes(k.minOutputs(), k.maxOutputs(), scope, "a kernel needs at least 1 output") ? Type.KERNEL : null;
        }
        throw new AssertionError(d.getClass());
    }

    private Type intRange(Domain.IntRange r, Scope scope, boolean inAggregate) {
        if (infSign(r.lo()) != 0) {
            ec.diags.add(Code.E403, r.lo().span(), "an integer range starts at a finite integer", "write a..inf");
            return null;
        }
        boolean ok = integer(r.lo(), scope);
        if (infSign(r.hi()) < 0) {
            ec.diags.add(Code.E403, r.hi().span(), "an integer range cannot end at -inf");
            return null;
        }
        if (infSign(r.hi()) == 0) {
            ok &= integer(r.hi(), scope);
        } else {
            ec.check(r.hi(), scope, null);
        }
        if (!ok) {
            return null;
        }
        BigFraction lo = Fold.value(r.lo());
        BigFraction hi = Fold.value(r.hi());
        if (lo != null && hi != null && lo.compareTo(hi) > 0) {
            String msg = "empty range " + Ranges.show(lo) + ".." + Ranges.show(hi);
            if (inAggregate) {
                ec.diags.add(Code.W102, r.span(), msg + ": a sum over it is 0, a sup over it has no value");
            } else {
                ec.diags.add(Code.E402, r.span(), msg + ": the claim would hold vacuously",
                        "write the smaller bound first");
                return null;
            }
        }
        return Type.INT;
    }

    private boolean sizes(Expr lo, Expr hi, Scope scope, String atLeastOne) {
        if (infSign(lo) != 0) {
            ec.diags.add(Code.E403, lo.span(), "a size range starts at a finite integer", "write a..inf");
            return false;
        }
        // `inf` as the upper size: every size from lo on (dist(2..inf), kernel(1..inf))
        if (hi != lo && infSign(hi) < 0) {
            ec.diags.add(Code.E403, hi.span(), "a size range cannot end at -inf");
            return false;
        }
        boolean unbounded = hi != lo && infSign(hi) > 0;
        boolean ok = integer(lo, scope) & (hi == lo || unbounded || integer(hi, scope));
        if (!ok) {
            return false;
        }
        if (unbounded) {
            ec.check(hi, scope, null);
        }
        BigFraction a = Fold.value(lo);
        if (a != null && a.compareTo(BigFraction.ONE) < 0) {
            ec.diags.add(Code.E401, lo.span(), atLeastOne + ", found " + Ranges.show(a));
            return false;
        }
        return hi == lo || nonEmpty(lo, hi, true, lo.span().to(hi.span()));
    }

    private boolean integer(Expr e, Scope scope) {
        Type t = ec.plainNumber(e, ec.check(e, scope, null), null);
        if (t == Type.REAL) {
            ec.diags.add(Code.E301, e.span(), "expected Int, found Real", "integer ranges and sizes take integers");
            return false;
        }
        return t != null;
    }

    private boolean interval(Domain.RealInterval i, Scope scope, boolean finite) {
        boolean ok = ec.plainNumber(i.lo(), ec.check(i.lo(), scope, null), null) != null;
        ok &= ec.plainNumber(i.hi(), ec.check(i.hi(), scope, null), null) != null;
        ok &= end(i.lo(), i.loEnd(), -1, finite) & end(i.hi(), i.hiEnd(), 1, finite);
        return ok && nonEmpty(i.lo(), i.hi(), i.loEnd() == EndKind.CLOSED && i.hiEnd() == EndKind.CLOSED, i.span());
    }

    /** {@code side}: -1 lower end, +1 upper end. */
    private boolean end(Expr e, EndKind kind, int side, boolean finite) {
        int s = infSign(e);
        if (s == 0) {
            return true;
        }
        if (finite) {
            ec.diags.add(Code.E403, e.span(), "rewards are finite: inf is not allowed here");
        } else if (s != side) {
            ec.diags.add(Code.E403, e.span(), (s > 0 ? "inf" : "-inf") + " cannot be the "
                    + (side < 0 ? "lower" : "upper") + " end of an interval");
        } else if (kind == EndKind.CLOSED) {
            ec.diags.add(Code.E403, e.span(), "inf is only allowed at an open end",
                    side < 0 ? "write (-inf, ...": "write ..., inf)");
        } else {
            return true;
        }
        return false;
    }

    private boolean nonEmpty(Expr lo, Expr hi, boolean closed, org.infobound.lang.source.Span at) {
        BigFraction a = Fold.value(lo);
        BigFraction b = Fold.value(hi);
        if (a == null || b == null) {
            return true;
        }
        int cmp = a.compareTo(b);
        if (cmp > 0 || (cmp == 0 && !closed)) {
            ec.diags.add(Code.E402, at, "empty domain: lower end " + Ranges.show(a) + (cmp == 0 ? " equals" : " exceeds")
                    + " upper end " + Ranges.show(b), "write the smaller bound first");
            return false;
        }
        return true;
    }

    private Type set(Domain.FiniteSet s, Scope scope) {
        Type common = null;
        for (Expr e : s.elements()) {
            Type t = ec.check(e, scope, null);
            if (t == null) {
                return null;
            }
            if (t.isNumeric()) {
                t = ec.plainNumber(e, t, null);
            } else if (!t.isLaw() && t.kind() != TypeKind.LAMBDA) {
                ec.diags.add(Code.E301, e.span(), "set elements are numbers, lambdas or laws, found " + t.describe());
                return null;
            }
            if (common == null || (common.isNumeric() && t.isNumeric())) {
                common = common == null ? t : common == Type.INT && t == Type.INT ? Type.INT : Type.REAL;
            } else if (!common.equals(t)) {
                ec.diags.add(common.kind() == TypeKind.DISCRETE && t.kind() == TypeKind.DISCRETE ? Code.E304 : Code.E301,
                        e.span(), "set elements must have one type: found " + common.describe() + " and " + t.describe());
                return null;
            }
        }
        return common;
    }

    /** +1 for {@code inf}, -1 for {@code -inf}, else 0. */
    static int infSign(Expr e) {
        if (e instanceof Expr.Var v && v.name().equals("inf")) {
            return 1;
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            return -infSign(u.operand());
        }
        return 0;
    }
}
