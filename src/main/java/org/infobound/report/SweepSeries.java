package org.infobound.report;

/**
 * Both sides of a violated relation over a swept parameter, with the counterexample.
 *
 * @param parameter the swept binder's name
 * @param relation the relation as written
 * @param xs parameter values
 * @param left the left side at each value (floating point; NaN where undefined)
 * @param right the right side at each value
 * @param x0 the counterexample's parameter value
 * @param left0 midpoint of the certified enclosure of the left side at the counterexample
 * @param right0 midpoint of the certified enclosure of the right side
 */
record SweepSeries(String parameter, String relation, double[] xs, double[] left, double[] right,
        double x0, double left0, double right0) {
}
