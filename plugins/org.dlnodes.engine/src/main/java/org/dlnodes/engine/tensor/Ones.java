package org.dlnodes.engine.tensor;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Rows of ones, made once per length: with them a sum over the examples of a batch becomes a matrix product or a dot
 * product, which ND4J hands to BLAS at a fraction of the cost of its reduction operations (measured on 128 x 256:
 * 16 µs against 33 µs for a column sum, 0.7 µs against 26 µs for the sum of 128 values).
 */
public final class Ones {

    /** Enough for the batch sizes of an epoch (full, last partial, validation); more replace the oldest. */
    private static final int LENGTHS = 4;

    private final List<INDArray> rows = new ArrayList<>(LENGTHS);

    /** @return a row [1, length] of ones of the given type */
    public INDArray row(final DataType type, final long length) {
        for (final INDArray row : rows) {
            if (row.dataType() == type && row.length() == length) {
                return row;
            }
        }
        if (rows.size() == LENGTHS) {
            rows.remove(0);
        }
        final INDArray row = Nd4j.ones(type, 1, length);
        rows.add(row);
        return row;
    }

    /** @return the sum of the values of a contiguous array, as a dot product with ones */
    public double sum(final INDArray values) {
        if (values.elementWiseStride() != 1) {
            throw new IllegalArgumentException("Only a contiguous array is summed here: " + values.shapeInfoToString());
        }
        final INDArray ones = row(values.dataType(), values.length());
        return Nd4j.getBlasWrapper().level1().dot(values.length(), 1.0, values, ones);
    }
}
