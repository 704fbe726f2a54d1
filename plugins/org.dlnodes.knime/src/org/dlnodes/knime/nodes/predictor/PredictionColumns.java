package org.dlnodes.knime.nodes.predictor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dlnodes.knime.port.model.TrainedModelPortObjectSpec;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnDomainCreator;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;

/**
 * The columns the Predictor appends: "Prediction (target)" (the class, with the classes as its domain, or the number;
 * one per target of a regression) and, for classifiers, "P (target=class)" per class; each name made unique against
 * the input table's.
 */
final class PredictionColumns {

    private PredictionColumns() {
    }

    /** @return the name of the prediction column, before it is made unique */
    static String predictionName(final String target) {
        return "Prediction (" + target + ")";
    }

    /** @return the name of a class's probability column, before it is made unique */
    static String probabilityName(final String target, final String label) {
        return "P (" + target + "=" + label + ")";
    }

    /**
     * @param input the table to predict
     * @param model the model
     * @param probabilities whether to append class probabilities
     * @return the appended columns' spec
     */
    static DataTableSpec appended(final DataTableSpec input, final TrainedModelPortObjectSpec model,
        final boolean probabilities) {
        final List<DataColumnSpec> columns = new ArrayList<>();
        if (model.isClassifier()) {
            final String target = model.targetColumns().get(0);
            final Set<DataCell> classes = new LinkedHashSet<>();
            model.classLabels().forEach(label -> classes.add(new StringCell(label)));
            final DataColumnSpecCreator prediction =
                new DataColumnSpecCreator(unique(input, columns, predictionName(target)), StringCell.TYPE);
            prediction.setDomain(new DataColumnDomainCreator(classes).createDomain());
            columns.add(prediction.createSpec());
            if (probabilities) {
                for (final String label : model.classLabels()) {
                    columns.add(new DataColumnSpecCreator(unique(input, columns, probabilityName(target, label)),
                        DoubleCell.TYPE).createSpec());
                }
            }
        } else {
            for (final String target : model.targetColumns()) {
                columns.add(new DataColumnSpecCreator(unique(input, columns, predictionName(target)),
                    DoubleCell.TYPE).createSpec());
            }
        }
        return new DataTableSpec(columns.toArray(DataColumnSpec[]::new));
    }

    private static String unique(final DataTableSpec input, final List<DataColumnSpec> added, final String name) {
        return DataTableSpec.getUniqueColumnName(
            new DataTableSpec(input, new DataTableSpec(added.toArray(DataColumnSpec[]::new))), name);
    }
}
