package org.dlnodes.engine.train;

import java.util.ArrayList;
import java.util.List;

import org.dlnodes.engine.data.DataSource;
import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.optimizer.Optimizer;
import org.dlnodes.engine.optimizer.Optimizers;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;

/**
 * Trains a network by mini-batch gradient descent as Keras' {@code fit} does: every epoch reads the training rows in
 * a new seeded order (a source that can only be read in its stored order through a
 * {@link org.dlnodes.engine.data.ShuffleBuffer}, which shuffles locally), batch by batch (the last batch is smaller
 * when the rows do not divide evenly), takes an optimizer step per batch, then evaluates the validation rows; early
 * stopping and learning rate reduction act at the end of each epoch; a NaN or infinite batch loss stops training
 * before that batch changes the weights.
 *
 * <p>A trainer only holds its settings, so one instance may run several trainings at once in different threads, each
 * on its own network. ND4J must have been started ({@code Nd4jRuntime.initialize}).
 *
 * <p>Determinism: with the same seeds, data and settings, and one ND4J and one BLAS thread on the CPU, the trained
 * weights are bit-identical from run to run. With more threads, matrix products and reductions may add up their
 * parts in a different order from run to run, so the weights may differ in the last bits and then drift apart a
 * little; the row orders and dropout masks stay the same.
 */
public final class Trainer {

    private final TrainingSettings settings;

    /** @param settings how to train */
    public Trainer(final TrainingSettings settings) {
        this.settings = settings;
    }

    /**
     * Trains the network in place with a fresh optimizer from its spec.
     *
     * @see #fit(Network, Optimizer, DataSource, DataSource, TrainingListener)
     */
    public TrainingResult fit(final Network network, final DataSource training, final DataSource validation,
        final TrainingListener listener) {
        final NetworkSpec spec = network.spec();
        return fit(network, Optimizers.create(spec.optimizer(), network.parameters().length(), network.dataType()),
            training, validation, listener);
    }

    /**
     * Trains the network in place.
     *
     * @param network the network, with its input size set
     * @param optimizer the optimizer of the network's parameters, e.g. a restored one to continue training
     * @param training the rows to learn from, with targets as the network's loss expects them
     * @param validation the rows to validate on after every epoch, or null for none
     * @param listener receives the progress and may cancel
     * @return the history, and the optimizer in its final state with its settings (the learning rate as reduced)
     * @throws IllegalArgumentException when the data does not fit the network, or a monitored metric is not reported
     * @throws IllegalStateException when memory runs out, saying which setting to raise
     */
    public TrainingResult fit(final Network network, final Optimizer optimizer, final DataSource training,
        final DataSource validation, final TrainingListener listener) {
        checkFits(network.spec(), training, "training");
        if (validation != null) {
            checkFits(network.spec(), validation, "validation");
        }
        final List<String> reported = new ArrayList<>(List.of("loss", OutputMetric.of(network.spec()).name()));
        if (validation != null) {
            reported.addAll(reported.stream().map(name -> "val_" + name).toList());
        }
        settings.earlyStopping().ifPresent(s -> checkReported(s.monitor(), reported, "The early stopping"));
        settings.reduceLearningRate()
            .ifPresent(s -> checkReported(s.monitor(), reported, "The learning rate reduction"));
        try {
            return new TrainingRun(settings, network, optimizer, training, validation, listener).run();
        } catch (OutOfMemoryError e) { // NOSONAR an ND4J allocation failed; the JVM itself is fine
            throw MemoryErrors.explain(e);
        }
    }

    private static void checkFits(final NetworkSpec spec, final DataSource data, final String what) {
        if (data.rowCount() == 0) {
            throw new IllegalArgumentException("The " + what + " data has no rows.");
        }
        if (data.featureCount() != spec.inputFeatures()) {
            throw new IllegalArgumentException("The " + what + " data has " + data.featureCount()
                + " feature columns but the network expects " + spec.inputFeatures() + ".");
        }
        final int targets = spec.loss().type() == LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY ? 1 : spec.outputSize();
        if (data.targetCount() != targets) {
            throw new IllegalArgumentException("The " + what + " data has " + data.targetCount()
                + " target columns but the loss " + spec.loss().type().name().toLowerCase() + " of a network with "
                + spec.outputSize() + " outputs needs " + targets + ".");
        }
    }

    private static void checkReported(final String monitor, final List<String> reported, final String what) {
        if (!reported.contains(monitor)) {
            throw new IllegalArgumentException(what + " monitors '" + monitor + "', but training reports only "
                + reported + (monitor.startsWith("val_") && !reported.contains("val_loss")
                    ? "; validation metrics need validation data." : "."));
        }
    }
}
