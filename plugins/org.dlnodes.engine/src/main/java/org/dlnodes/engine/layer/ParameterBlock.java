package org.dlnodes.engine.layer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The flat parameter and gradient vectors of a network, handed out to the layers as consecutive views. */
public final class ParameterBlock {

    private final INDArray values;

    private final INDArray gradients;

    private long next;

    /** Allocates zeroed vectors for {@code size} parameters. */
    public ParameterBlock(final DataType type, final long size) {
        values = Nd4j.zeros(type, size);
        gradients = Nd4j.zeros(type, size);
    }

    /** @return the next {@code shape}-sized parameter, e.g. {@code take("dense_1/weights", 4, 16)} */
    public Parameter take(final String name, final long... shape) {
        long length = 1;
        for (final long dimension : shape) {
            length *= dimension;
        }
        if (next + length > values.length()) {
            throw new IllegalStateException("The parameter block is too small for " + name + ".");
        }
        final Parameter parameter = new Parameter(name, view(values, length, shape), view(gradients, length, shape));
        next += length;
        return parameter;
    }

    private INDArray view(final INDArray vector, final long length, final long... shape) {
        return vector.get(NDArrayIndex.interval(next, next + length)).reshape('c', shape);
    }

    /** @return all parameters as one vector */
    public INDArray values() {
        return values;
    }

    /** @return all gradients as one vector, in the order of {@link #values()} */
    public INDArray gradients() {
        return gradients;
    }
}
