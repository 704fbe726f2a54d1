package org.dlnodes.engine.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;

import org.dlnodes.engine.data.BatchReader;
import org.dlnodes.engine.data.DataSource;
import org.dlnodes.engine.data.ShuffleBuffer;
import org.dlnodes.engine.data.Shuffling;
import org.dlnodes.engine.network.DataChecks;
import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.optimizer.Optimizer;
import org.dlnodes.engine.optimizer.Optimizers;
import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.train.StopReason.Kind;
import org.nd4j.linalg.api.ndarray.INDArray;

/** One training, epoch by epoch; see {@link Trainer}. Holds all state of the training, so it is used once. */
final class TrainingRun {

    private final TrainingSettings settings;

    private final Network network;

    private final DataSource training;

    private final DataSource validation;

    private final TrainingListener listener;

    private final OutputMetric metric;

    private final BatchArrays batches;

    private final SplittableRandom shuffle;

    private final EarlyStopping earlyStopping;

    private final ReduceLearningRateOnPlateau reduceLearningRate;

    private final WeightSnapshot best;

    private final List<EpochLog> logs = new ArrayList<>();

    private OptimizerSpec optimizerSpec;

    private Optimizer optimizer;

    TrainingRun(final TrainingSettings settings, final Network network, final Optimizer optimizer,
        final DataSource training, final DataSource validation, final TrainingListener listener) {
        this.settings = settings;
        this.network = network;
        this.optimizer = optimizer;
        this.training = training;
        this.validation = validation;
        this.listener = listener;
        optimizerSpec = network.spec().optimizer();
        metric = OutputMetric.of(network.spec());
        batches = new BatchArrays(training.featureCount(), training.targetCount());
        shuffle = new SplittableRandom(settings.seed());
        earlyStopping = settings.earlyStopping().map(EarlyStopping::new).orElse(null);
        reduceLearningRate = settings.reduceLearningRate().map(ReduceLearningRateOnPlateau::new).orElse(null);
        best = settings.earlyStopping().filter(EarlyStoppingSettings::restoreBestWeights)
            .map(s -> new WeightSnapshot(network)).orElse(null);
    }

    TrainingResult run() {
        try {
            if (checkedAtOnce(training) && (validation == null
                || validation.allFeatures() == training.allFeatures() || checkedAtOnce(validation))) {
                network.checkInputs(false);
            }
            return epochs();
        } finally {
            network.checkInputs(true);
        }
    }

    /**
     * Checks a source held in memory as a whole (a few reductions over its matrices instead of several per batch of
     * the first epoch). A validation fraction split off in memory shares the training source's matrices, which are
     * then checked once.
     *
     * @return whether the source could be checked at once
     */
    private boolean checkedAtOnce(final DataSource source) {
        final INDArray features = source.allFeatures();
        if (features == null) {
            return false;
        }
        DataChecks.features(features, network.spec().inputFeatures());
        DataChecks.labels(source.allTargets(), features.rows(), network.spec());
        return true;
    }

    private TrainingResult epochs() {
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            final long start = System.nanoTime();
            final Map<String, Double> metrics = new LinkedHashMap<>();
            final StopReason interrupted = trainEpoch(epoch, metrics);
            if (interrupted != null) {
                return result(interrupted);
            }
            if (validation != null) {
                evaluate(metrics);
            }
            // Every row has been checked once now (finite, labels fit the loss); the same rows come again.
            // (A source held in memory was checked as a whole before the first epoch.)
            network.checkInputs(false);
            final EpochLog log = new EpochLog(epoch + 1, metrics, learningRate(),
                (System.nanoTime() - start) / 1e9);
            logs.add(log);
            listener.epochDone(log);
            final StopReason stop = earlyStopping == null ? null : watch(epoch, log);
            if (stop != null) {
                return result(stop);
            }
            if (reduceLearningRate != null) {
                final String monitor = settings.reduceLearningRate().orElseThrow().monitor();
                changeLearningRate(reduceLearningRate.epochEnd(log.metric(monitor), optimizerSpec.learningRate()));
            }
        }
        return result(new StopReason(Kind.EPOCHS_DONE, settings.epochs(), 0, OptionalInt.empty(),
            "Trained all " + settings.epochs() + " epochs."));
    }

    /** @return why training must end within the epoch, or null when the epoch ran to its end */
    private StopReason trainEpoch(final int epoch, final Map<String, Double> metrics) {
        final int rows = training.rowCount();
        final int batchSize = Math.min(settings.batchSize(), rows);
        final int batchCount = (rows + batchSize - 1) / batchSize;
        double lossTotal = 0;
        double metricTotal = 0;
        try (BatchReader reader = openTraining()) {
            for (int b = 0; b < batchCount; b++) {
                if (listener.cancelRequested()) {
                    return stopWithin(Kind.CANCELLED, epoch, b, "Training was cancelled in epoch " + (epoch + 1)
                        + " before batch " + (b + 1) + " of " + batchCount);
                }
                final BatchArrays.Batch batch = batches.rows(Math.min(batchSize, rows - b * batchSize));
                reader.read(batch.features(), batch.targets());
                final INDArray outputs = network.forward(batch.features(), true);
                final double loss = network.backward(batch.targets());
                if (!Double.isFinite(loss)) {
                    return stopWithin(Kind.NOT_FINITE_LOSS, epoch, b, "The loss became " + loss + " in epoch "
                        + (epoch + 1) + " at batch " + (b + 1) + " of " + batchCount
                        + " (try a lower learning rate, gradient clipping, or normalized data); that batch was not"
                        + " applied");
                }
                optimizer.step(network.parameters(), network.gradients());
                final long batchRows = batch.features().rows();
                lossTotal += loss * batchRows;
                metricTotal += metric.batchTotal(outputs, batch.targets());
                listener.batchDone(epoch + 1, b + 1, batchCount, lossTotal / Math.min(rows, (b + 1L) * batchSize));
            }
        }
        metrics.put("loss", lossTotal / rows);
        metrics.put(metric.name(), metricTotal / rows);
        return null;
    }

    /**
     * @return a pass over the training rows: in a new seeded order, fully shuffled when the source allows any order,
     *         else through a shuffle buffer; in the stored order when not shuffling
     */
    private BatchReader openTraining() {
        if (!settings.shuffle()) {
            return training.open(null);
        }
        return training.randomAccess() ? training.open(Shuffling.permutation(training.rowCount(), shuffle))
            : ShuffleBuffer.open(training, shuffle);
    }

    /** Adds val_loss and the validation metric, computed in inference mode batch by batch. */
    private void evaluate(final Map<String, Double> metrics) {
        final int rows = validation.rowCount();
        final int batchSize = Math.min(settings.batchSize(), rows);
        double lossTotal = 0;
        double metricTotal = 0;
        try (BatchReader reader = validation.open(null)) {
            for (int first = 0; first < rows; first += batchSize) {
                final BatchArrays.Batch batch = batches.rows(Math.min(batchSize, rows - first));
                reader.read(batch.features(), batch.targets());
                lossTotal += network.loss(batch.features(), batch.targets()) * batch.features().rows();
                metricTotal += metric.batchTotal(network.output(), batch.targets());
            }
        }
        metrics.put("val_loss", lossTotal / rows);
        metrics.put("val_" + metric.name(), metricTotal / rows);
    }

    private StopReason watch(final int epoch, final EpochLog log) {
        final EarlyStoppingSettings stopping = settings.earlyStopping().orElseThrow();
        final EarlyStopping.Outcome outcome = earlyStopping.epochEnd(epoch, log.metric(stopping.monitor()));
        if (outcome.keepWeights()) {
            best.take();
        }
        if (!outcome.stop()) {
            return null;
        }
        final String why = "Early stopping at epoch " + (epoch + 1) + ": " + stopping.monitor() + " did not improve"
            + (stopping.minDelta() > 0 ? " by more than " + stopping.minDelta() : "") + " for "
            + earlyStopping.epochsWithoutImprovement() + " epoch(s)";
        return stopWithin(Kind.EARLY_STOPPING, epoch, -1, why);
    }

    /**
     * The reason to stop, after restoring the best weights when configured and kept.
     *
     * @param batch the batch (from 0) at which training stops, -1 at the end of the epoch
     */
    private StopReason stopWithin(final Kind kind, final int epoch, final int batch, final String why) {
        final boolean restore = best != null && earlyStopping.keptEpoch() >= 0;
        if (restore) {
            best.restore();
        }
        final OptionalInt restored = restore ? OptionalInt.of(earlyStopping.keptEpoch() + 1) : OptionalInt.empty();
        final String weights = restore ? "the weights of epoch " + restored.getAsInt() + " were restored."
            : "the network keeps the weights of its last " + (batch < 0 ? "epoch." : "applied batch.");
        return new StopReason(kind, epoch + 1, batch + 1, restored, why + "; " + weights);
    }

    private double learningRate() {
        return optimizerSpec.schedule().learningRate(optimizerSpec.learningRate(),
            Math.max(0, optimizer.iterations() - 1));
    }

    /** Continues with another learning rate: a new optimizer of the same kind that carries on the old one's state. */
    private void changeLearningRate(final double newRate) {
        if (newRate == optimizerSpec.learningRate()) {
            return;
        }
        optimizerSpec = optimizerSpec.toBuilder().learningRate(newRate).build();
        final Optimizer next = Optimizers.create(optimizerSpec, network.parameters().length(), network.dataType());
        next.restore(optimizer.state(), optimizer.iterations());
        optimizer = next;
    }

    private TrainingResult result(final StopReason reason) {
        return new TrainingResult(new History(logs, reason), optimizer, optimizerSpec);
    }
}
