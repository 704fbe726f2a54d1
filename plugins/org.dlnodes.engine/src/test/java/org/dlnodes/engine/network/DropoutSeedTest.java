package org.dlnodes.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.DropoutSpec;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A Dropout layer with a seed of its own draws the same masks whatever the network's seed; without one, its masks
 * follow the network's seed. Two networks get the same weights, so their training outputs differ only by the masks.
 */
class DropoutSeedTest {

    @BeforeAll
    static void startNd4j() {
        Nd4jRuntime.initialize(BackendChoice.AUTO);
    }

    private static INDArray trainingOutput(final DropoutSpec dropout, final long networkSeed, final INDArray weights) {
        final NetworkSpec spec = NetworkSpec.builder().input(6).layer(dropout).dense(3, ActivationType.LINEAR)
            .loss(LossType.MEAN_SQUARED_ERROR).build();
        final Network network = Network.create(spec, networkSeed, DataType.DOUBLE);
        network.parameters().assign(weights);
        return network.forward(Nd4j.ones(DataType.DOUBLE, 20, 6), true).dup();
    }

    @Test
    void aSeededDropoutLayerKeepsItsMasksWhenTheNetworkSeedChanges() {
        final INDArray weights = Nd4j.linspace(DataType.DOUBLE, 0.1, 2.1, 21);
        final DropoutSpec seeded = new DropoutSpec(0.5, 7L);

        assertEquals(trainingOutput(seeded, 1, weights), trainingOutput(seeded, 2, weights));
        assertNotEquals(trainingOutput(seeded, 1, weights), trainingOutput(new DropoutSpec(0.5, 8L), 1, weights));
        final DropoutSpec unseeded = new DropoutSpec(0.5);
        assertEquals(trainingOutput(unseeded, 1, weights), trainingOutput(unseeded, 1, weights));
        assertNotEquals(trainingOutput(unseeded, 1, weights), trainingOutput(unseeded, 2, weights));
    }
}
