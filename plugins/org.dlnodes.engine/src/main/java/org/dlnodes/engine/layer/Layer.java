package org.dlnodes.engine.layer;

import java.util.List;
import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One layer of a network: a forward pass from its input to its output and a backward pass from
 * {@code delta = dL/d output} to {@code dL/d input}, which also writes the gradients of its parameters. Arrays
 * returned are the layer's reusable buffers, valid until its next call.
 */
public interface Layer {

    /**
     * @param input the batch, one example per row
     * @param training whether to use batch behaviour (dropout, batch statistics) rather than inference behaviour
     * @return the output
     */
    INDArray forward(INDArray input, boolean training);

    /**
     * Back-propagates through the last training forward pass.
     *
     * @param delta dL/d output
     * @return dL/d input, or null where the input needs no gradient (the first layer)
     */
    INDArray backward(INDArray delta);

    /** @return the trainable parameters, with their gradients */
    List<Parameter> parameters();

    /** @return the learnt arrays that are not trained by gradients (running statistics), by saved name */
    Map<String, INDArray> state();

    /** @return the regularization term this layer adds to the loss */
    double penalty();
}
