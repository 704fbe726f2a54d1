package org.dlnodes.engine.loss;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A weight per class, turned into a weight per example from the prepared labels: with one column per class, the
 * labels' row times the weights (the true class's weight for one-hot labels); with a single column, class 1's weight
 * where the label is positive, else class 0's.
 */
final class ClassWeights {

    private final double[] weights;

    ClassWeights(final List<Double> weights) {
        this.weights = weights.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return the column of example weights */
    INDArray perExample(final INDArray y) {
        if (y.columns() == 1) {
            final INDArray positive = y.gt(0).castTo(y.dataType());
            return positive.muli(weights[1] - weights[0]).addi(weights[0]);
        }
        return y.mmul(Nd4j.createFromArray(weights).castTo(y.dataType()).reshape(weights.length, 1));
    }

    /** @return null for no weights, else the weights */
    static ClassWeights of(final List<Double> weights) {
        return weights.isEmpty() ? null : new ClassWeights(weights);
    }
}
