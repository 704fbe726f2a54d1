package org.dlnodes.engine.tensor;

import java.nio.FloatBuffer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Bulk copies between contiguous float32 arrays of ND4J's CPU backend and Java arrays, for loops that HotSpot
 * vectorizes better than libnd4j's element-wise kernels run them (see {@code HeapAdam}, {@code HeapBatchNorm}). A copy
 * is one memcpy of the array's off-heap memory; nothing is allocated per call besides a buffer view.
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
        view(array, into.length).get(into, 0, Math.toIntExact(array.length()));
    }

    /** Copies the start of {@code from} into {@code array}, row by row. */
    public static void write(final float[] from, final INDArray array) {
        view(array, from.length).put(from, 0, Math.toIntExact(array.length()));
    }

    /** @return the array's values as a buffer positioned at its first value */
    private static FloatBuffer view(final INDArray array, final int capacity) {
        final boolean contiguous = array.length() <= 1
            || array.elementWiseStride() == 1 && (array.isVector() || array.ordering() == 'c');
        if (array.dataType() != DataType.FLOAT || array.length() > capacity || !contiguous) {
            throw new IllegalArgumentException("Only a contiguous float32 array of at most " + capacity
                + " values can be copied, not " + array.dataType() + " " + array.shapeInfoToString());
        }
        final FloatBuffer buffer = array.data().asNioFloat();
        buffer.position(Math.toIntExact(array.offset()));
        return buffer;
    }
}
