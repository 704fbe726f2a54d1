package org.dlnodes.engine.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Row indices collected in Java and handed to native gathers and scatters, in arrays allocated once, so that a
 * streaming wrapper allocates no index memory per batch.
 */
final class RowIndices {

    private final int[] values;

    private final INDArray array;

    private int size;

    /** @param capacity the most indices collected at a time */
    RowIndices(final int capacity) {
        values = new int[capacity];
        array = Nd4j.createUninitialized(DataType.INT, capacity);
    }

    void clear() {
        size = 0;
    }

    void add(final int row) {
        values[size++] = row;
    }

    int size() {
        return size;
    }

    /** @return the indices collected since {@link #clear()}, the first {@link #size()} entries, live */
    int[] values() {
        return values;
    }

    /** @return the indices collected since {@link #clear()}, copied to native memory */
    INDArray toNative() {
        array.data().setData(values);
        return RowArrays.rows(array, 0, size);
    }

    void close() {
        array.close();
    }
}
