package org.dlnodes.engine.optimizer;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Clipping of the gradient before the update: by value (every element into [-v, v]) and by norm (the whole gradient
 * vector scaled down to L2 norm at most n, Keras' {@code global_clipnorm}). Value clipping comes first.
 */
final class GradientClipping {

    private GradientClipping() {
    }

    static void clip(final INDArray gradients, final double norm, final double value) {
        if (value > 0) {
            Transforms.max(gradients, -value, false);
            Transforms.min(gradients, value, false);
        }
        if (norm > 0) {
            final double actual = gradients.norm2Number().doubleValue();
            if (actual > norm) {
                gradients.muli(norm / actual);
            }
        }
    }
}
