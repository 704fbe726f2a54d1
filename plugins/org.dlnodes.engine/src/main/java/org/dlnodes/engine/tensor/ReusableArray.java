package org.dlnodes.engine.tensor;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A matrix buffer that is allocated once and reused while the shape stays the same, so that training steps on
 * equal-sized batches allocate nothing. Its content is overwritten by the next use.
 */
public final class ReusableArray {

    private INDArray array;

    /** @return a matrix of the given type and shape, uninitialized, the same one as last time if it fits */
    public INDArray shaped(final DataType type, final long rows, final long columns) {
        if (array == null || array.dataType() != type || array.rows() != rows || array.columns() != columns) {
            array = Nd4j.createUninitialized(type, rows, columns);
        }
        return array;
    }

    /** @return a matrix of the type and shape of {@code other}, see {@link #shaped} */
    public INDArray like(final INDArray other) {
        return shaped(other.dataType(), other.rows(), other.columns());
    }
}
