package org.dlnodes.engine.train;

import java.util.ArrayList;
import java.util.List;

import org.dlnodes.engine.network.Network;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A copy of all learnt arrays of a network (parameters and batchnorm running statistics, as Keras'
 * {@code get_weights}), allocated once and overwritten by each {@link #take()}.
 */
final class WeightSnapshot {

    private final List<INDArray> live = new ArrayList<>();

    private final List<INDArray> saved = new ArrayList<>();

    WeightSnapshot(final Network network) {
        for (final INDArray array : network.arrays().values()) {
            live.add(array);
            saved.add(array.dup());
        }
    }

    void take() {
        for (int i = 0; i < live.size(); i++) {
            saved.get(i).assign(live.get(i));
        }
    }

    void restore() {
        for (int i = 0; i < live.size(); i++) {
            live.get(i).assign(saved.get(i));
        }
    }
}
