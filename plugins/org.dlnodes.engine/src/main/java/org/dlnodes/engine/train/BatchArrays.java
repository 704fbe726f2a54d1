package org.dlnodes.engine.train;

import java.util.HashMap;
import java.util.Map;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The feature and target arrays batches are read into, one pair per batch size (the full size and the last partial
 * batch of the training and of the validation data), allocated on first use and then reused.
 */
final class BatchArrays {

    /** One batch's arrays. */
    record Batch(INDArray features, INDArray targets) {
    }

    private final int featureCount;

    private final int targetCount;

    private final Map<Integer, Batch> bySize = new HashMap<>();

    BatchArrays(final int featureCount, final int targetCount) {
        this.featureCount = featureCount;
        this.targetCount = targetCount;
    }

    Batch rows(final int rows) {
        return bySize.computeIfAbsent(rows, r -> new Batch(Nd4j.createUninitialized(DataType.FLOAT, r, featureCount),
            targetCount == 0 ? null : Nd4j.createUninitialized(DataType.FLOAT, r, targetCount)));
    }
}
