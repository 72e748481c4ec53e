package org.infobound.math;

import org.infobound.num.Interval;

/**
 * The standard f-divergence generators (catalogue 0.3), each with its limits
 * {@code f(0+)} and {@code f'(inf) = lim f(t)/t}.
 *
 * <table>
 * <caption>generators</caption>
 * <tr><th>constant</th><th>f(t)</th><th>f(0+)</th><th>f'(inf)</th></tr>
 * <tr><td>KL</td><td>t log t</td><td>0</td><td>+inf</td></tr>
 * <tr><td>REVERSE_KL</td><td>-log t</td><td>+inf</td><td>0</td></tr>
 * <tr><td>CHI2</td><td>(t-1)^2</td><td>1</td><td>+inf</td></tr>
 * <tr><td>TV</td><td>|t-1|/2</td><td>1/2</td><td>1/2</td></tr>
 * <tr><td>HELLINGER2</td><td>(sqrt t - 1)^2 / 2</td><td>1/2</td><td>1/2</td></tr>
 * <tr><td>JS</td><td>[t log(2t/(1+t)) + log(2/(1+t))] / 2</td><td>log(2)/2</td>
 * <td>log(2)/2</td></tr>
 * </table>
 */
public enum StandardF implements CertifiedFGenerator {
    /** Kullback-Leibler, {@code t log t}. */
    KL("t log t", 0.0, Double.POSITIVE_INFINITY) {
        @Override
        public double value(double t) {
            return t == 0 ? 0.0 : t * Math.log(t);
        }

        @Override
        public Interval value(Interval t) {
            return t.xlogx();
        }
    },
    /** Reverse KL, {@code -log t}: {@code D_f(P||Q) = KL(Q||P)}. */
    REVERSE_KL("-log t", Double.POSITIVE_INFINITY, 0.0) {
        @Override
        public double value(double t) {
            return -Math.log(t);
        }

        @Override
        public Interval value(Interval t) {
            return t.log().neg();
        }
    },
    /** Pearson chi-square, {@code (t-1)^2}. */
    CHI2("(t-1)^2", 1.0, Double.POSITIVE_INFINITY) {
        @Override
        public double value(double t) {
            return (t - 1) * (t - 1);
        }

        @Override
        public Interval value(Interval t) {
            return t.sub(1).sqr();
        }
    },
    /** Total variation, {@code |t-1|/2}. */
    TV("|t-1|/2", 0.5, 0.5) {
        @Override
        public double value(double t) {
            return 0.5 * Math.abs(t - 1);
        }

        @Override
        public Interval value(Interval t) {
            return t.sub(1).abs().mul(0.5);
        }
    },
    /** Squared Hellinger with the 1/2, {@code (sqrt t - 1)^2 / 2}. */
    HELLINGER2("(sqrt t - 1)^2/2", 0.5, 0.5) {
        @Override
        public double value(double t) {
            double d = (t - 1) / (Math.sqrt(t) + 1);
            return 0.5 * d * d;
        }

        @Override
        public Interval value(Interval t) {
            return t.sqrt().sub(1).sqr().mul(0.5);
        }
    },
    /** Jensen-Shannon, {@code [t log(2t/(1+t)) + log(2/(1+t))] / 2}. */
    JS("JS", 0.5 * Math.log(2), 0.5 * Math.log(2)) {
        @Override
        public double value(double t) {
            double a = t == 0 ? 0.0 : t * Math.log(2 * t / (1 + t));
            return 0.5 * (a + Math.log(2 / (1 + t)));
        }

        /** {@code [t log t - (1+t) log(1+t) + (1+t) log 2] / 2}. */
        @Override
        public Interval value(Interval t) {
            Interval s = t.add(1);
            return t.xlogx().sub(s.xlogx()).add(s.mul(LOG2)).mul(0.5);
        }
    };

    private static final Interval LOG2 = Interval.of(2).log();

    private final String label;
    private final double atZero;
    private final double slope;

    StandardF(String label, double atZero, double slope) {
        this.label = label;
        this.atZero = atZero;
        this.slope = slope;
    }

    @Override
    public Interval atZeroInterval() {
        return enclose(atZero);
    }

    @Override
    public Interval slopeAtInfinityInterval() {
        return enclose(slope);
    }

    /** The limits are 0, 1, 1/2, +inf (exact) or log(2)/2 (enclosed through log). */
    private static Interval enclose(double limit) {
        return limit == 0.5 * Math.log(2) ? Interval.of(2).log().mul(0.5) : Interval.of(limit);
    }

    /** The formula of f, e.g. {@code "t log t"} ({@link #name()} is the constant's name). */
    public String formula() {
        return label;
    }

    @Override
    public double atZero() {
        return atZero;
    }

    @Override
    public double slopeAtInfinity() {
        return slope;
    }
}
