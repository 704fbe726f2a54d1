package org.dlnodes.engine.tensor;

import java.nio.FloatBuffer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Bulk copies between contiguous float32 arrays of ND4J's CPU backend and Java arrays, for loops that HotSpot
 * vectorizes better than libnd4j's element-wise kernels run them (see {@code HostUpdate}, {@code HeapBatchNorm}). A
 * copy is one memcpy of the array's off-heap memory; nothing is allocated per call besides a buffer view.
 */
public final class HostCopy {

    private HostCopy() {
    }

    /** @return whether arrays of this type live in host memory as float32, so that they can be copied here */
    public static boolean available(final DataType type) {
        return type == DataType.FLOAT && Nd4j.getEnvironment().isCPU();
    }

    /** Copies the values of {@code array}, row by row, into the start of {@code into}. */
    public static void read(final INDArray array, final float[] into) {
        read(array, 0, Math.toIntExact(array.length()), into);
    }

    /** Copies the start of {@code from} into {@code array}, row by row. */
    public static void write(final float[] from, final INDArray array) {
        write(from, 0, Math.toIntExact(array.length()), array);
    }

    /**
     * Copies the values {@code [first, first + count)} of {@code array}, in row order, into the same places of
     * {@code into}. Threads may copy disjoint ranges at the same time.
     */
    public static void read(final INDArray array, final int first, final int count, final float[] into) {
        final FloatBuffer values = view(array, into.length);
        values.get(values.position() + first, into, first, count);
    }

    /** Copies {@code from[first, first + count)} into the same places of {@code array}, in row order. */
    public static void write(final float[] from, final int first, final int count, final INDArray array) {
        final FloatBuffer values = view(array, from.length);
        values.put(values.position() + first, from, first, count);
    }

    /** @return whether the array's values lie one after the other in row order, as the copies here read them */
    public static boolean contiguous(final INDArray array) {
        return array.length() <= 1 || array.elementWiseStride() == 1 && (array.isVector() || array.ordering() == 'c');
    }

    /** @return the array's values as a buffer positioned at its first value */
    private static FloatBuffer view(final INDArray array, final int capacity) {
        if (array.dataType() != DataType.FLOAT || array.length() > capacity || !contiguous(array)) {
            throw new IllegalArgumentException("Only a contiguous float32 array of at most " + capacity
                + " values can be copied, not " + array.dataType() + " " + array.shapeInfoToString());
        }
        final FloatBuffer buffer = array.data().asNioFloat();
        buffer.position(Math.toIntExact(array.offset()));
        return buffer;
    }
}
