package org.dlnodes.knime.nodes.scorer;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.NominalValue;
import org.knime.core.node.InvalidSettingsException;

/**
 * The columns the Scorer compares: the truth and the prediction, both nominal (classification) or both numeric
 * (regression). Empty settings take the pair the Network Predictor makes: a column X and "Prediction (X)".
 *
 * @param truth the true column's position
 * @param prediction the predicted column's position
 * @param classification whether they hold classes
 */
record ScoredColumns(int truth, int prediction, boolean classification) {

    static ScoredColumns of(final DataTableSpec table, final ScorerSettings settings)
        throws InvalidSettingsException {
        if (settings.truth().getStringValue().isEmpty() || settings.prediction().getStringValue().isEmpty()) {
            autoConfigure(table, settings);
        }
        final int truth = index(table, settings.truth().getStringValue(), "true");
        final int prediction = index(table, settings.prediction().getStringValue(), "predicted");
        final DataColumnSpec truthSpec = table.getColumnSpec(truth);
        final DataColumnSpec predictionSpec = table.getColumnSpec(prediction);
        final boolean classes = truthSpec.getType().isCompatible(NominalValue.class);
        if (classes ? !predictionSpec.getType().isCompatible(NominalValue.class)
            : !truthSpec.getType().isCompatible(DoubleValue.class)
                || !predictionSpec.getType().isCompatible(DoubleValue.class)) {
            throw new InvalidSettingsException("The true column '" + truthSpec.getName() + "' (" + truthSpec.getType()
                + ") and the predicted column '" + predictionSpec.getName() + "' (" + predictionSpec.getType()
                + ") must both be nominal (classification) or both numeric (regression); choose a matching pair.");
        }
        return new ScoredColumns(truth, prediction, classes);
    }

    private static void autoConfigure(final DataTableSpec table, final ScorerSettings settings)
        throws InvalidSettingsException {
        for (final DataColumnSpec column : table) {
            final String predicted = "Prediction (" + column.getName() + ")";
            if (table.containsName(predicted)) {
                settings.truth().setStringValue(column.getName());
                settings.prediction().setStringValue(predicted);
                return;
            }
        }
        throw new InvalidSettingsException("Choose the true and the predicted column in the dialog (no column X"
            + " has a column 'Prediction (X)' beside it, as the Network Predictor makes).");
    }

    private static int index(final DataTableSpec table, final String name, final String what)
        throws InvalidSettingsException {
        final int index = table.findColumnIndex(name);
        if (index < 0) {
            throw new InvalidSettingsException("The " + what + " column '" + name + "' is not in the input table;"
                + " choose one of its columns in the dialog.");
        }
        return index;
    }
}
