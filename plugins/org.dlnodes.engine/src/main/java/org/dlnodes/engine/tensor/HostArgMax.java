package org.dlnodes.engine.tensor;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The position of the largest value in each row of a float32 matrix in host memory (the first of equal ones, as
 * libnd4j's {@code argmax}), from one bulk copy and a Java loop: a few µs for 128 x 10, where libnd4j's operation
 * took about 40 µs. Not thread-safe: it reuses its copy buffer.
 */
public final class HostArgMax {

    private float[] values = new float[0];

    /** @return whether {@link #of} reads this matrix here: float32 in host memory, contiguous */
    public static boolean available(final INDArray matrix) {
        return HostCopy.available(matrix.dataType()) && matrix.rank() == 2 && HostCopy.contiguous(matrix);
    }

    /**
     * @param matrix see {@link #available}
     * @param positions receives each row's position of its largest value, at least a place per row
     */
    public void of(final INDArray matrix, final int[] positions) {
        if (values.length < matrix.length()) {
            values = new float[Math.toIntExact(matrix.length())];
        }
        HostCopy.read(matrix, values);
        final int rows = Math.toIntExact(matrix.rows());
        final int columns = Math.toIntExact(matrix.columns());
        for (int row = 0; row < rows; row++) {
            final int from = row * columns;
            int best = 0;
            for (int k = 1; k < columns; k++) {
                if (values[from + k] > values[from + best]) {
                    best = k;
                }
            }
            positions[row] = best;
        }
    }
}
