package org.dlnodes.knime.nodes.loss;

import java.util.ArrayList;
import java.util.List;

import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.DenseSpec;
import org.dlnodes.engine.spec.LayerSpec;
import org.dlnodes.engine.spec.LossSpec;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.knime.nodes.BuilderSettings;
import org.dlnodes.knime.nodes.NetworkChain;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The Loss node's settings: the loss, Huber's delta and optional class weights as a comma-separated list. The engine
 * checks the loss against the output layer (e.g. categorical cross-entropy needs softmax) and names the fix; a loss
 * for numbers on a softmax or sigmoid output only gets a warning, as it trains.
 */
final class LossSettings extends BuilderSettings {

    private final SettingsModelString m_type =
        text("loss", choice(LossType.CATEGORICAL_CROSS_ENTROPY));

    private final SettingsModelDoubleBounded m_delta =
        number("huber_delta", 1.0, 0, Double.MAX_VALUE);

    private final SettingsModelString m_classWeights = text("class_weights", "");

    SettingsModelString type() {
        return m_type;
    }

    SettingsModelDoubleBounded delta() {
        return m_delta;
    }

    SettingsModelString classWeights() {
        return m_classWeights;
    }

    @Override
    public NetworkSpec applyTo(final NetworkSpec incoming) throws InvalidSettingsException {
        final LossType type = parse(m_type, LossType.class, "Loss");
        final double delta = type == LossType.HUBER ? m_delta.getDoubleValue() : LossSpec.of(type).delta();
        return NetworkChain.withLoss(incoming, new LossSpec(type, delta, classWeights(m_classWeights)));
    }

    /** Warns of a loss for numbers on an output squashed into (0, 1), which trains but rarely is what is meant. */
    @Override
    public String warningFor(final NetworkSpec network) {
        final LayerSpec last = network.layers().get(network.layers().size() - 1);
        final LossType loss = network.loss().type();
        if (loss.isClassification() || !(last instanceof DenseSpec output)) {
            return null;
        }
        final ActivationType activation = output.activation().type();
        if (activation != ActivationType.SOFTMAX && activation != ActivationType.SIGMOID) {
            return null;
        }
        return "The output layer's " + choice(activation) + " squashes its outputs into (0, 1), but "
            + choice(loss) + " is a loss for numbers. For classes use " + (activation == ActivationType.SOFTMAX
                ? "categorical cross-entropy" : "binary cross-entropy")
            + "; for numbers use a linear output layer.";
    }

    /** @return the weights in the text, e.g. "1, 2.5, 1"; none for a blank text */
    static List<Double> classWeights(final SettingsModelString text) throws InvalidSettingsException {
        final String value = text.getStringValue() == null ? "" : text.getStringValue().strip();
        final List<Double> weights = new ArrayList<>();
        if (value.isEmpty()) {
            return weights;
        }
        for (final String part : value.split("[,;]")) {
            try {
                weights.add(Double.parseDouble(part.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidSettingsException("Class weight '" + part.strip() + "' is not a number; give one "
                    + "number per class in class order, separated by commas (e.g. 1, 2.5, 1), or leave it empty.",
                    e);
            }
        }
        return weights;
    }
}
