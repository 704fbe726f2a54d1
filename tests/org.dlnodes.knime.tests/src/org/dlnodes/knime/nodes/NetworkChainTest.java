package org.dlnodes.knime.nodes;

import static org.dlnodes.knime.nodes.NodeDriver.chain;
import static org.dlnodes.knime.nodes.NodeDriver.configure;
import static org.dlnodes.knime.nodes.NodeDriver.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.BatchNormSpec;
import org.dlnodes.engine.spec.DenseSpec;
import org.dlnodes.engine.spec.DropoutSpec;
import org.dlnodes.engine.spec.LossSpec;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.spec.OptimizerType;
import org.dlnodes.engine.spec.ScheduleSpec;
import org.dlnodes.knime.nodes.batchnorm.BatchNormNodeFactory;
import org.dlnodes.knime.nodes.dense.DenseNodeFactory;
import org.dlnodes.knime.nodes.dropout.DropoutNodeFactory;
import org.dlnodes.knime.nodes.input.InputNodeFactory;
import org.dlnodes.knime.nodes.loss.LossNodeFactory;
import org.dlnodes.knime.nodes.optimizer.OptimizerNodeFactory;
import org.dlnodes.knime.port.NetworkSpecPortObject;
import org.dlnodes.knime.port.NetworkSpecPortObjectSpec;
import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** The builder nodes pass the growing network on in configure, and the engine's checks reach the analyst. */
class NetworkChainTest {


    private static NetworkBuilderNodeModel input(final int size) throws InvalidSettingsException {
        return node(new InputNodeFactory(), s -> {
            s.addBoolean("fixed_input_size", true);
            s.addInt("input_size", size);
        });
    }

    private static NetworkBuilderNodeModel dense(final int units, final String activation)
        throws InvalidSettingsException {
        return node(new DenseNodeFactory(), s -> {
            s.addInt("units", units);
            s.addString("activation", activation);
        });
    }

    private static NetworkBuilderNodeModel loss(final String loss) throws InvalidSettingsException {
        return node(new LossNodeFactory(), s -> s.addString("loss", loss));
    }

    @Test
    void configurePassesTheWholeChainOn() throws InvalidSettingsException {
        final NetworkSpec network = chain(input(4), dense(16, "relu"),
            node(new BatchNormNodeFactory(), s -> s.addDouble("momentum", 0.9)),
            node(new DropoutNodeFactory(), s -> s.addDouble("rate", 0.2)), dense(3, "softmax"),
            node(new LossNodeFactory(), s -> s.addString("class_weights", "1, 2.5, 1")),
            node(new OptimizerNodeFactory(), s -> {
                s.addString("optimizer", "sgd");
                s.addDouble("learning_rate", 0.05);
                s.addDouble("clip_norm", 1.0);
                s.addString("schedule", "exponential_decay");
                s.addInt("schedule_steps", 100);
                s.addDouble("schedule_rate", 0.5);
            }));
        final NetworkSpec expected = NetworkSpec.builder().input(4).layer(DenseSpec.of(16, ActivationType.RELU))
            .layer(new BatchNormSpec(0.9, 1e-3, true, true)).layer(new DropoutSpec(0.2))
            .layer(DenseSpec.of(3, ActivationType.SOFTMAX))
            .loss(LossSpec.of(LossType.CATEGORICAL_CROSS_ENTROPY).withClassWeights(List.of(1.0, 2.5, 1.0)))
            .optimizer(OptimizerSpec.builder(OptimizerType.SGD).learningRate(0.05).clipNorm(1.0)
                .schedule(ScheduleSpec.exponentialDecay(100, 0.5)).build())
            .build();
        assertEquals(expected, network);
    }

    @Test
    void everyIntermediateNetworkIsPassedOnAsFarAsItGoes() throws InvalidSettingsException {
        final NetworkSpec started = chain(input(4));
        assertTrue(started.layers().isEmpty() && !started.hasLoss() && !started.hasOptimizer());
        final NetworkSpec dropped = configure(node(new DropoutNodeFactory(), s -> s.addDouble("rate", 0.3)),
            chain(input(4), dense(8, "relu")));
        assertEquals(List.of(DenseSpec.of(8, ActivationType.RELU), new DropoutSpec(0.3)), dropped.layers());
        assertFalse(dropped.hasLoss());
    }

    @Test
    void aDropoutSeedReachesTheLayerOnlyWhenTicked() throws InvalidSettingsException {
        final NetworkSpec seeded = configure(node(new DropoutNodeFactory(), s -> {
            s.addBoolean("use_seed", true);
            s.addInt("seed", -17);
        }), chain(input(4), dense(8, "relu")));
        assertEquals(new DropoutSpec(0.5, -17L), seeded.layers().get(1));
        final NetworkSpec unticked = configure(node(new DropoutNodeFactory(), s -> s.addInt("seed", -17)),
            chain(input(4), dense(8, "relu")));
        assertEquals(new DropoutSpec(0.5), unticked.layers().get(1));
    }

    @Test
    void aLossAfterANonDenseLayerAsksForADenseOutputLayer() throws InvalidSettingsException {
        final NetworkSpec dropped = configure(new DropoutNodeFactory().createNodeModel(),
            chain(input(4), dense(3, "softmax")));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> configure(loss("categorical_cross_entropy"), dropped));
        assertTrue(e.getMessage().contains("must be Dense"), e.getMessage());
    }

    @Test
    void theInputSizeIsTakenFromTheDataByDefault() throws InvalidSettingsException {
        final NetworkSpec network = chain(new InputNodeFactory().createNodeModel(), dense(2, "softmax"));
        assertFalse(network.hasInputFeatures());
        assertEquals(NetworkSpec.INFERRED, network.inputFeatures());
    }

    @Test
    void aLossThatDoesNotFitTheOutputLayerFailsWithTheFix() throws InvalidSettingsException {
        final NetworkSpec relu = chain(input(4), dense(3, "relu"));
        final InvalidSettingsException cce = assertThrows(InvalidSettingsException.class,
            () -> configure(loss("categorical_cross_entropy"), relu));
        assertTrue(cce.getMessage().contains("softmax"), cce.getMessage());
        final NetworkSpec threeSigmoids = chain(input(4), dense(3, "sigmoid"));
        final InvalidSettingsException bce = assertThrows(InvalidSettingsException.class,
            () -> configure(loss("binary_cross_entropy"), threeSigmoids));
        assertTrue(bce.getMessage().contains("needs 1"), bce.getMessage());
    }

    @Test
    void badChoicesAndClassWeightsAreNamedWithWhatIsAccepted() throws InvalidSettingsException {
        final NetworkSpec network = chain(input(4));
        final InvalidSettingsException activation = assertThrows(InvalidSettingsException.class,
            () -> configure(dense(3, "rectifier"), network));
        assertTrue(activation.getMessage().contains("'rectifier' is unknown")
            && activation.getMessage().contains("leaky_relu"), activation.getMessage());
        final NetworkSpec softmax = chain(input(4), dense(3, "softmax"));
        final InvalidSettingsException weights = assertThrows(InvalidSettingsException.class,
            () -> configure(node(new LossNodeFactory(), s -> s.addString("class_weights", "1; two; 1")), softmax));
        assertTrue(weights.getMessage().contains("'two' is not a number"), weights.getMessage());
    }

    @Test
    void aLayerNodeWithoutIncomingNetworkAsksForTheConnection() throws InvalidSettingsException {
        final NetworkBuilderNodeModel dense = dense(3, "relu");
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> dense.configure(new PortObjectSpec[1]));
        assertTrue(e.getMessage().contains("connect"), e.getMessage());
    }

    @Test
    void executePassesOnWhatConfigureAnnounced() throws Exception {
        final NetworkSpec incoming = chain(input(5));
        final NetworkBuilderNodeModel dense = dense(8, "tanh");
        final PortObject[] out = dense.execute(new PortObject[]{new NetworkSpecPortObject(incoming)}, null);
        assertEquals(dense.configure(new PortObjectSpec[]{new NetworkSpecPortObjectSpec(incoming)})[0],
            out[0].getSpec());
        assertEquals(configure(dense, incoming), ((NetworkSpecPortObject)out[0]).network());
    }
}
