package org.infobound.math.discrete;

/**
 * A Markov kernel from k inputs to m outputs: a k x m row-stochastic matrix (entries finite and
 * non-negative, each row summing to 1 within 1e-12). Applying it to a law p gives the law of
 * the output, {@code (pK)_j = sum_i p_i K_ij}; output j gets reward j (an output alphabet has no
 * rewards of its own; relabel with {@code DiscreteLaw.categorical} if needed). Used for the
 * data-processing inequality (catalogue M-T3).
 */
public final class MarkovKernel {

    private final double[][] rows;

    private MarkovKernel(double[][] rows) {
        this.rows = rows;
    }

    /**
     * A validated kernel (the matrix is copied).
     *
     * Requires: matrix != null && matrix.length >= 1 && matrix[0] != null && matrix[0].length >= 1.
     * Requires: (for every i with 0 <= i && i < matrix.length, matrix[i].length == matrix[0].length
     *     && (row i is a probability vector)).
     * Throws only IllegalArgumentException.
     */
    public static MarkovKernel of(double[][] matrix) {
        Checks.nonNull(matrix, "matrix");
        if (matrix.length == 0 || matrix[0] == null || matrix[0].length == 0) {
            throw new IllegalArgumentException("a kernel needs at least one row and one column");
        }
        int m = matrix[0].length;
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            Checks.length(matrix[i], m, "row " + i);
            copy[i] = matrix[i].clone();
            for (int j = 0; j < m; j++) {
                if (!Double.isFinite(copy[i][j]) || copy[i][j] < 0) {
                    throw new IllegalArgumentException("entry (" + i + ", " + j + ") is "
                            + copy[i][j] + "; must be finite and >= 0");
                }
            }
            double s = Checks.sum(copy[i]);
            if (!(Math.abs(s - 1) <= Checks.SUM_TOLERANCE)) {
                throw new IllegalArgumentException("row " + i + " sums to " + s + ", not 1");
            }
        }
        return new MarkovKernel(copy);
    }

    /** Number of inputs k. */
    public int inputs() {
        return rows.length;
    }

    /** Number of outputs m. */
    public int outputs() {
        return rows[0].length;
    }

    /**
     * The output law pK on m outcomes, output j with reward j.
     *
     * Requires: p != null && p.size() == inputs().
     * Ensures: result.size() == outputs().
     * Throws IllegalArgumentException when p == null || p.size() != inputs().
     */
    public DiscreteLaw apply(DiscreteLaw p) {
        Checks.nonNull(p, "p");
        if (p.size() != rows.length) {
            throw new IllegalArgumentException("law has " + p.size() + " outcomes, kernel has "
                    + rows.length + " inputs");
        }
        int m = outputs();
        double[] out = new double[m];
        double[] rewards = new double[m];
        double[] col = new double[rows.length];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < rows.length; i++) {
                col[i] = p.p()[i] * rows[i][j];
            }
            out[j] = Checks.sum(col);
            rewards[j] = j;
        }
        return DiscreteLaw.of(out, rewards, null);
    }
}
