package org.dlnodes.engine.loss;

import org.dlnodes.engine.activation.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The hinge losses on labels -1/1 and the margin {@code m = max(1 - y a, 0)}; labels 0/1 (no negative value in the
 * batch) are mapped to -1/1, as Keras does.
 */
abstract class MarginLoss extends ActivatedLoss {

    MarginLoss(final ClassWeights classWeights, final Activation activation) {
        super(classWeights, activation);
    }

    @Override
    protected final INDArray prepareLabels(final INDArray labels, final INDArray z) {
        return labels.minNumber().doubleValue() >= 0 ? labels.mul(2).subi(1) : labels;
    }

    /** @return {@code max(1 - y a, 0)}, a new array */
    static INDArray margin(final INDArray a, final INDArray y) {
        return Transforms.relu(a.mul(y).rsubi(1), false);
    }
}
