package org.dlnodes.knime.nodes.learner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OutputKind;
import org.dlnodes.knime.data.FeatureColumn;
import org.dlnodes.knime.data.FeatureColumns;
import org.dlnodes.knime.data.TargetEncoding;
import org.dlnodes.knime.port.NetworkSpecPortObjectSpec;
import org.dlnodes.knime.port.model.TrainedModelPortObjectSpec;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.NominalValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * How the Learner's input table meets the network: the feature columns (the network's input size), the target
 * columns and their encoding. Built in configure and again in execute, so that every mismatch is reported before
 * training with what to change.
 *
 * @param network the trainable network with its input size set from the feature columns (once their widths are
 *            known)
 * @param features the feature columns, in input order; collection columns have their widths once
 *            {@link #measured(BufferedDataTable) measured}
 * @param targets the target columns' names, in output order
 * @param targetIndices their positions in the training table
 * @param target how the target columns are encoded for the loss
 */
record TrainingLayout(NetworkSpec network, FeatureColumns features, List<String> targets, int[] targetIndices,
    TargetEncoding target) {

    /**
     * @param networkSpec the spec at the network port
     * @param table the training table's spec
     * @param settings the Learner's settings; an empty target column is set to the last fitting column
     * @return the layout
     * @throws InvalidSettingsException saying what to change
     */
    static TrainingLayout of(final PortObjectSpec networkSpec, final DataTableSpec table,
        final LearnerSettings settings) throws InvalidSettingsException {
        if (!(networkSpec instanceof NetworkSpecPortObjectSpec port)) {
            throw new InvalidSettingsException("No network arrives; connect the output of an Optimizer node (a"
                + " network with a loss and an optimizer).");
        }
        if (table == null) {
            throw new InvalidSettingsException("No training table arrives; connect a table.");
        }
        try {
            NetworkSpec network = port.network().requireTrainable();
            final List<String> targets = new ArrayList<>(List.of(targetColumn(network, table, settings)));
            targets.addAll(settings.moreTargets());
            final int[] targetIndices = new int[targets.size()];
            final List<DataColumnSpec> targetSpecs = new ArrayList<>();
            for (int t = 0; t < targetIndices.length; t++) {
                targetIndices[t] = table.findColumnIndex(targets.get(t));
                if (targetIndices[t] < 0) {
                    throw new InvalidSettingsException("The target column '" + targets.get(t) + "' is not in the"
                        + " training table; choose one of its columns in the dialog.");
                }
                targetSpecs.add(table.getColumnSpec(targetIndices[t]));
            }
            final List<String> names = new ArrayList<>(Arrays.asList(settings.features().applyTo(table).getIncludes()));
            names.removeAll(targets);
            if (names.isEmpty()) {
                throw new InvalidSettingsException("No numeric feature columns are selected: the training table "
                    + (hasNumeric(table, targets) ? "has numeric (or number collection) columns, but none is"
                        + " included" : "has none") + " besides the target; include at least one numeric column"
                    + " under 'Feature columns' (convert string columns with String to Number or One to Many"
                    + " first).");
            }
            final FeatureColumns features = FeatureColumns.find(table, names, "selected");
            // the widths of collection columns are only known once rows are read (measured)
            network = features.hasWidths() ? sized(network, features) : network;
            return new TrainingLayout(network, features, List.copyOf(targets), targetIndices,
                TargetEncoding.of(network, targetSpecs));
        } catch (IllegalArgumentException e) { // the engine's InvalidSpecException too
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /**
     * @param table the training table
     * @return this layout with the widths of the collection feature columns taken from the table's first rows, and
     *         the network's input size set from them
     * @throws InvalidSettingsException if a collection column has no value, or the widths do not fit the network
     */
    TrainingLayout measured(final BufferedDataTable table) throws InvalidSettingsException {
        try {
            final FeatureColumns measured = features.measured(table);
            return new TrainingLayout(sized(network, measured), measured, targets, targetIndices, target);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    private static NetworkSpec sized(final NetworkSpec network, final FeatureColumns features)
        throws InvalidSettingsException {
        final int inputs = features.count();
        if (network.hasInputFeatures() && network.inputFeatures() != inputs) {
            throw new InvalidSettingsException("The network's Input Layer expects " + network.inputFeatures()
                + " features but the selected feature columns give " + inputs + "; set the Input Layer's size to "
                + inputs + " (or let it take the size from the data), or select columns that give "
                + network.inputFeatures() + " features.");
        }
        return network.withInputFeatures(inputs);
    }

    private static String targetColumn(final NetworkSpec network, final DataTableSpec table,
        final LearnerSettings settings) throws InvalidSettingsException {
        if (!settings.target().getStringValue().isEmpty()) {
            return settings.target().getStringValue();
        }
        // Auto-configuration, as KNIME's learners do: the last column that fits the loss.
        final Class<? extends DataValue> type =
            network.outputKind() == OutputKind.CLASSES ? NominalValue.class : DoubleValue.class;
        for (int c = table.getNumColumns() - 1; c >= 0; c--) {
            if (table.getColumnSpec(c).getType().isCompatible(type)) {
                settings.target().setStringValue(table.getColumnSpec(c).getName());
                return table.getColumnSpec(c).getName();
            }
        }
        throw new InvalidSettingsException("The training table has no " + (type == NominalValue.class
            ? "nominal (string) column for the classes" : "numeric column for the numbers") + " the network's loss"
            + " predicts; add one, or choose a loss that fits the target.");
    }

    private static boolean hasNumeric(final DataTableSpec table, final List<String> targets) {
        for (final DataColumnSpec column : table) {
            if (!targets.contains(column.getName()) && FeatureColumn.of(column) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks that a validation table has the training columns.
     *
     * @param validation the validation table's spec
     * @throws InvalidSettingsException naming the column to add
     */
    void checkValidation(final DataTableSpec validation, final DataTableSpec training)
        throws InvalidSettingsException {
        try {
            FeatureColumns.match(validation, features.columns(), "of the training table");
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Validation table: " + e.getMessage(), e);
        }
        for (final int index : targetIndices) {
            final DataColumnSpec target = training.getColumnSpec(index);
            final DataColumnSpec other = validation.getColumnSpec(target.getName());
            if (other == null || !other.getType().equals(target.getType())) {
                throw new InvalidSettingsException("The validation table needs the target column '"
                    + target.getName() + "' of type " + target.getType() + ", as the training table has it.");
            }
        }
    }

    /** @return the target columns' positions in another table with the same columns (checked before) */
    int[] targetIndicesIn(final DataTableSpec table) {
        return targets.stream().mapToInt(table::findColumnIndex).toArray();
    }

    /** @return the spec of the model the Learner will output */
    TrainedModelPortObjectSpec modelSpec() {
        return new TrainedModelPortObjectSpec(network, features.columns(), targets, target.classLabels());
    }
}
