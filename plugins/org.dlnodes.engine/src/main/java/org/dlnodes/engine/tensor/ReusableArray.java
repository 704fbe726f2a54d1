package org.dlnodes.engine.tensor;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A matrix buffer that is allocated once per shape and then reused, so that training steps allocate nothing. It
 * keeps the last few shapes, because an epoch alternates between a few batch sizes (the full batches, the last
 * partial one, and those of the validation data). Its content is overwritten by the next use of the same shape.
 */
public final class ReusableArray {

    /** Enough for training and validation batch sizes; more shapes replace the least recently used one. */
    private static final int SHAPES = 4;

    private final List<INDArray> arrays = new ArrayList<>(SHAPES);

    /** @return a matrix of the given type and shape, uninitialized, the same one as last time this shape was used */
    public INDArray shaped(final DataType type, final long rows, final long columns) {
        for (int i = 0; i < arrays.size(); i++) {
            final INDArray array = arrays.get(i);
            if (array.dataType() == type && array.rows() == rows && array.columns() == columns) {
                if (i > 0) {
                    arrays.remove(i);
                    arrays.add(0, array);
                }
                return array;
            }
        }
        if (arrays.size() == SHAPES) {
            arrays.remove(SHAPES - 1);
        }
        final INDArray array = Nd4j.createUninitialized(type, rows, columns);
        arrays.add(0, array);
        return array;
    }

    /** @return a matrix of the type and shape of {@code other}, see {@link #shaped} */
    public INDArray like(final INDArray other) {
        return shaped(other.dataType(), other.rows(), other.columns());
    }
}
