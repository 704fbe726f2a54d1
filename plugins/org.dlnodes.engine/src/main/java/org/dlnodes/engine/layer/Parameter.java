package org.dlnodes.engine.layer;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trainable array and its gradient, both views into the network's flat parameter and gradient vectors, so that an
 * optimizer updates all of them in one operation.
 *
 * @param name the saved name, e.g. "dense_1/weights"
 * @param value the current values
 * @param gradient dL/d value of the last backward pass
 */
public record Parameter(String name, INDArray value, INDArray gradient) {
}
