package org.dlnodes.engine.tensor;

import java.nio.FloatBuffer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Bulk copies between float32 vectors of ND4J's CPU backend and Java arrays, for loops that HotSpot vectorizes
 * better than libnd4j's element-wise kernels run them (see {@code HeapAdam}). A copy is one memcpy of the
 * vector's off-heap memory; nothing is allocated per call besides a buffer view.
 */
public final class HostCopy {

    private HostCopy() {
    }

    /** @return whether arrays of this type live in host memory as float32, so that they can be copied here */
    public static boolean available(final DataType type) {
        return type == DataType.FLOAT && Nd4j.getEnvironment().isCPU();
    }

    /** Copies {@code vector} into {@code into}, which has its length. */
    public static void read(final INDArray vector, final float[] into) {
        view(vector, into.length).get(into);
    }

    /** Copies {@code from}, which has the vector's length, into {@code vector}. */
    public static void write(final float[] from, final INDArray vector) {
        view(vector, from.length).put(from);
    }

    private static FloatBuffer view(final INDArray vector, final int length) {
        if (vector.dataType() != DataType.FLOAT || vector.length() != length || vector.length() > 1
            && (!vector.isVector() || vector.elementWiseStride() != 1)) {
            throw new IllegalArgumentException("Only a contiguous float32 vector of " + length
                + " values can be copied, not " + vector.dataType() + " " + vector.shapeInfoToString());
        }
        final FloatBuffer buffer = vector.data().asNioFloat();
        buffer.position(Math.toIntExact(vector.offset()));
        return buffer;
    }
}
