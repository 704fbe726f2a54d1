package org.dlnodes.engine.loss;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A weight per class, turned into a weight per example from the prepared labels' positive part {@code p = max(y, 0)}
 * (hinge labels are -1/1, the others 0..1): with one column per class {@code p · weights} (the true class's weight for
 * one-hot labels, the mixture for probabilities); with a single column {@code w0 + (w1 - w0) p}.
 */
final class ClassWeights {

    private final double[] weights;

    private ClassWeights(final List<Double> weights) {
        this.weights = weights.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return null for no weights, else the weights */
    static ClassWeights of(final List<Double> weights) {
        return weights.isEmpty() ? null : new ClassWeights(weights);
    }

    /** @return the column of example weights */
    INDArray perExample(final INDArray y) {
        final INDArray positive = Transforms.relu(y, true);
        if (y.columns() == 1) {
            return positive.muli(weights[1] - weights[0]).addi(weights[0]);
        }
        return positive.mmul(Nd4j.createFromArray(weights).castTo(y.dataType()).reshape(weights.length, 1));
    }
}
