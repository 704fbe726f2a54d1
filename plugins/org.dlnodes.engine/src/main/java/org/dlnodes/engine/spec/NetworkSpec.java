package org.dlnodes.engine.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A feed-forward network: the input size, the ordered layers, the loss and the optimizer. Immutable; every instance is
 * valid as far as it goes (see {@link SpecValidator}), so nodes can pass it along safely. A network grows one step at
 * a time, as the KNIME builder nodes pass it on: it may have no layers, loss or optimizer yet; once it has a loss, its
 * last layer is a Dense output layer that fits the loss. Training needs all of it ({@link #requireTrainable()}).
 *
 * @param inputFeatures the number of input features, or {@link #INFERRED} to take it from the data later
 * @param layers the layers after the input
 * @param loss the loss, or null while the network has none yet
 * @param optimizer the optimizer, or null while the network has none yet
 */
public record NetworkSpec(int inputFeatures, List<LayerSpec> layers, LossSpec loss, OptimizerSpec optimizer) {

    /** The input size of a spec that takes it from the data. */
    public static final int INFERRED = 0;

    /** Copies the layers and validates the whole spec. */
    public NetworkSpec {
        layers = layers == null ? List.of() : List.copyOf(layers);
        SpecValidator.validate(inputFeatures, layers, loss, optimizer);
    }

    /** @return a builder for a spec */
    public static Builder builder() {
        return new Builder();
    }

    /** @return this spec with the input size known, e.g. from the training data */
    public NetworkSpec withInputFeatures(final int features) {
        return new NetworkSpec(features, layers, loss, optimizer);
    }

    /** @return this spec with another optimizer, e.g. the one a node's settings choose */
    public NetworkSpec withOptimizer(final OptimizerSpec newOptimizer) {
        return new NetworkSpec(inputFeatures, layers, loss, newOptimizer);
    }

    /** @return whether the input size is known */
    public boolean hasInputFeatures() {
        return inputFeatures != INFERRED;
    }

    /** @return whether a loss is set */
    public boolean hasLoss() {
        return loss != null;
    }

    /** @return whether an optimizer is set */
    public boolean hasOptimizer() {
        return optimizer != null;
    }

    /**
     * Checks that the network can be trained: it has a loss (and so a Dense output layer that fits it) and an
     * optimizer.
     *
     * @return this spec
     * @throws InvalidSpecException naming what is missing
     */
    public NetworkSpec requireTrainable() {
        if (!hasLoss()) {
            throw new InvalidSpecException("The network has no loss yet; add one after the output layer"
                + " (e.g. categorical cross-entropy for classes, mean squared error for numbers).");
        }
        if (!hasOptimizer()) {
            throw new InvalidSpecException("The network has no optimizer yet; add one (e.g. Adam).");
        }
        return this;
    }

    /** @return the number of output units */
    public int outputSize() {
        if (layers.isEmpty() || !(layers.get(layers.size() - 1) instanceof DenseSpec output)) {
            throw new InvalidSpecException("The network has no Dense output layer yet; add one with one unit per"
                + " output.");
        }
        return output.units();
    }

    /** @return whether the network predicts classes or numbers, which the loss tells */
    public OutputKind outputKind() {
        if (!hasLoss()) {
            throw new InvalidSpecException("Whether the network predicts classes or numbers is known once it has a"
                + " loss; add one.");
        }
        return loss.type().isClassification() ? OutputKind.CLASSES : OutputKind.REGRESSION;
    }

    /** @return the number of classes of a classifier: its output units, or 2 for a single (binary) unit */
    public int numberOfClasses() {
        return Math.max(2, outputSize());
    }

    /** @return the layers' names, Keras-like: dense_1, dropout_1, batch_norm_1, dense_2, ... */
    public List<String> layerNames() {
        final Map<String, Integer> counts = new HashMap<>();
        final List<String> names = new ArrayList<>();
        for (final LayerSpec layer : layers) {
            final String base = layer.kind().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
            names.add(base + "_" + counts.merge(base, 1, Integer::sum));
        }
        return names;
    }

    /** @return a row per layer with its output size and parameter counts; needs the input size */
    public List<LayerSummary> summary() {
        if (!hasInputFeatures()) {
            throw new InvalidSpecException(
                "The network's input size is not known yet; it is taken from the data (call withInputFeatures).");
        }
        final List<String> names = layerNames();
        final List<LayerSummary> rows = new ArrayList<>();
        int size = inputFeatures;
        for (int i = 0; i < layers.size(); i++) {
            final LayerSpec layer = layers.get(i);
            rows.add(new LayerSummary(names.get(i), layer.description(), layer.outputSize(size),
                layer.trainableParameters(size), layer.nonTrainableParameters(size)));
            size = layer.outputSize(size);
        }
        return rows;
    }

    /** @return the number of parameters learnt by gradient descent; needs the input size */
    public long trainableParameters() {
        return summary().stream().mapToLong(LayerSummary::trainableParameters).sum();
    }

    /** @return this spec as a versioned JSON document */
    public String toJson() {
        return SpecJson.write(this);
    }

    /** @return the spec in the JSON document, validated */
    public static NetworkSpec fromJson(final String json) {
        return SpecJson.read(json);
    }

    /** @return a model.summary()-like table, then the loss and the optimizer */
    @Override
    public String toString() {
        final StringBuilder text = new StringBuilder();
        final String row = "%-14s %-62s %8s %10s%n";
        text.append(String.format(row, "Layer", "Settings", "Outputs", "Params"));
        text.append(String.format(row, "input", "", hasInputFeatures() ? inputFeatures : "?", ""));
        if (hasInputFeatures()) {
            for (final LayerSummary s : summary()) {
                text.append(String.format(row, s.name(), s.description(), s.outputSize(),
                    s.trainableParameters() + s.nonTrainableParameters()));
            }
            text.append("Trainable parameters: ").append(trainableParameters()).append('\n');
        } else {
            final List<String> names = layerNames();
            for (int i = 0; i < layers.size(); i++) {
                text.append(String.format(row, names.get(i), layers.get(i).description(), "", ""));
            }
        }
        text.append("Loss: ").append(hasLoss() ? loss : "(none yet)").append('\n');
        text.append("Optimizer: ").append(hasOptimizer() ? optimizer.type().name().toLowerCase()
            + ", learning rate " + optimizer.learningRate() : "(none yet)").append('\n');
        return text.toString();
    }

    /** Collects layers in order; {@link #build()} validates. */
    public static final class Builder {
        private int inputFeatures = INFERRED;

        private final List<LayerSpec> layers = new ArrayList<>();

        private LossSpec loss;

        private OptimizerSpec optimizer = OptimizerSpec.adam();

        private Builder() {
        }

        public Builder input(final int features) {
            inputFeatures = features;
            return this;
        }

        public Builder layer(final LayerSpec layer) {
            layers.add(layer);
            return this;
        }

        public Builder dense(final int units, final ActivationType activation) {
            return layer(DenseSpec.of(units, activation));
        }

        public Builder dropout(final double rate) {
            return layer(new DropoutSpec(rate));
        }

        public Builder batchNorm() {
            return layer(BatchNormSpec.defaults());
        }

        public Builder loss(final LossSpec value) {
            loss = value;
            return this;
        }

        public Builder loss(final LossType type) {
            return loss(LossSpec.of(type));
        }

        public Builder optimizer(final OptimizerSpec value) {
            optimizer = value;
            return this;
        }

        public NetworkSpec build() {
            return new NetworkSpec(inputFeatures, layers, loss, optimizer);
        }
    }
}
