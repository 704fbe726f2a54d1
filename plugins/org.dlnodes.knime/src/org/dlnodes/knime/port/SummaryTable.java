package org.dlnodes.knime.port;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.dlnodes.engine.spec.DenseSpec;
import org.dlnodes.engine.spec.LayerSpec;
import org.dlnodes.engine.spec.NetworkSpec;

/**
 * The rows of the Network Spec port view, like Keras' {@code model.summary()}: one per layer with its type, output
 * size, activation and parameter count, then the total of trainable parameters. Sizes that depend on the number of
 * input features read "from data" until the Learner knows it.
 *
 * @param rows the input row, then a row per layer
 * @param trainableParameters the total number of trainable parameters, or "from data"
 * @param loss the loss with its parameters, or what to add while there is none
 * @param optimizer the optimizer and its learning rate, or what to add while there is none
 */
public record SummaryTable(List<Row> rows, String trainableParameters, String loss, String optimizer) {

    /** Shown for a size or count that the Learner's feature columns decide. */
    public static final String FROM_DATA = "from data";

    /** The column titles, in the order of a row's fields. */
    public static final List<String> COLUMNS = List.of("Layer", "Type", "Output size", "Activation", "Parameters");

    /**
     * One row of the table.
     *
     * @param layer the layer's name, e.g. dense_1
     * @param type the layer's type, e.g. Dense
     * @param outputSize the number of outputs per example, or "from data"
     * @param activation the activation of a Dense layer, else empty
     * @param parameters the number of parameters (trainable and running statistics), or "from data"
     */
    public record Row(String layer, String type, String outputSize, String activation, String parameters) {

        /** @return the fields in the order of {@link SummaryTable#COLUMNS} */
        public List<String> cells() {
            return List.of(layer, type, outputSize, activation, parameters);
        }
    }

    /** @return the summary of the network */
    public static SummaryTable of(final NetworkSpec network) {
        final List<Row> rows = new ArrayList<>();
        OptionalInt size = network.hasInputFeatures() ? OptionalInt.of(network.inputFeatures()) : OptionalInt.empty();
        rows.add(new Row("input", "Input", text(size), "", ""));
        final List<String> names = network.layerNames();
        long trainable = 0;
        boolean allKnown = size.isPresent();
        for (int i = 0; i < network.layers().size(); i++) {
            final LayerSpec layer = network.layers().get(i);
            final OptionalInt in = size;
            final String parameters = in.isPresent() ? Long.toString(
                layer.trainableParameters(in.getAsInt()) + layer.nonTrainableParameters(in.getAsInt())) : FROM_DATA;
            if (in.isPresent()) {
                trainable += layer.trainableParameters(in.getAsInt());
            }
            // a Dense layer fixes the size after it, whatever comes in; the other layers keep their input's size
            size = layer instanceof DenseSpec dense ? OptionalInt.of(dense.units())
                : in.isPresent() ? OptionalInt.of(layer.outputSize(in.getAsInt())) : in;
            final String activation = layer instanceof DenseSpec dense ? dense.activation().toString() : "";
            rows.add(new Row(names.get(i), layer.kind(), text(size), activation, parameters));
        }
        return new SummaryTable(List.copyOf(rows), allKnown ? Long.toString(trainable) : FROM_DATA,
            network.hasLoss() ? network.loss().toString() : "none yet; add a Loss node",
            network.hasOptimizer() ? network.optimizer().type().name().toLowerCase() + ", learning rate "
                + network.optimizer().learningRate() : "none yet; add an Optimizer node");
    }

    /** @return a line for the port's tooltip */
    public String headline() {
        final int layers = rows.size() - 1;
        return "Network of " + layers + (layers == 1 ? " layer" : " layers") + ", trainable parameters: "
            + trainableParameters;
    }

    private static String text(final OptionalInt size) {
        return size.isPresent() ? Integer.toString(size.getAsInt()) : FROM_DATA;
    }
}
