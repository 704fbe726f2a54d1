package org.dlnodes.knime.data;

import java.util.ArrayList;
import java.util.List;

import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OutputKind;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.NominalValue;

/**
 * How the target columns become the targets the network's loss expects: a class index (sparse categorical
 * cross-entropy), 0/1 for a single output unit or one-hot rows for more units, from one nominal column; or the numbers
 * themselves for regression, one output unit per numeric column. Built from the columns' specs and the network, with
 * messages that say what to change when they do not fit.
 */
public final class TargetEncoding {

    private enum Form {
        INDEX, BINARY, ONE_HOT, NUMBER
    }

    private final Form m_form;

    private final List<String> m_labels;

    private final int m_width;

    private TargetEncoding(final Form form, final List<String> labels, final int width) {
        m_form = form;
        m_labels = List.copyOf(labels);
        m_width = width;
    }

    /**
     * @param network a trainable network
     * @param targets the target columns: one nominal column, or one or more numeric ones
     * @return the encoding of the columns for the network
     * @throws IllegalArgumentException saying what to change when the columns do not fit the network
     */
    public static TargetEncoding of(final NetworkSpec network, final List<DataColumnSpec> targets) {
        final int units = network.outputSize();
        final LossType loss = network.loss().type();
        if (network.outputKind() == OutputKind.REGRESSION) {
            for (final DataColumnSpec target : targets) {
                if (!target.getType().isCompatible(DoubleValue.class)) {
                    throw new IllegalArgumentException("The loss " + lower(loss) + " predicts numbers, but the"
                        + " target column '" + target.getName() + "' is not numeric; choose numeric target columns,"
                        + " or a loss for classes (e.g. categorical cross-entropy) in the Loss node.");
                }
            }
            if (units != targets.size()) {
                throw new IllegalArgumentException("The output layer has " + units + " unit" + (units == 1 ? "" : "s")
                    + " but there " + (targets.size() == 1 ? "is 1 numeric target column" : "are " + targets.size()
                        + " numeric target columns") + " " + targets.stream().map(DataColumnSpec::getName).toList()
                    + "; set the units of the last Dense layer to " + targets.size() + ".");
            }
            return new TargetEncoding(Form.NUMBER, List.of(), units);
        }
        if (targets.size() != 1) {
            throw new IllegalArgumentException("A classifier learns one nominal target column, but "
                + targets.size() + " are chosen; clear 'Further numeric targets', which are for regression.");
        }
        final DataColumnSpec target = targets.get(0);
        final String name = "'" + target.getName() + "'";
        if (!target.getType().isCompatible(NominalValue.class)) {
            throw new IllegalArgumentException("The loss " + lower(loss) + " predicts classes, but the target column "
                + name + " is not nominal; choose a string column as target, convert the column to strings (e.g."
                + " Number to String), or choose a loss for numbers (e.g. mean squared error) in the Loss node.");
        }
        if (!target.getDomain().hasValues()) {
            throw new IllegalArgumentException("The target column " + name + " has no list of possible values in its"
                + " domain; add a Domain Calculator node before this one.");
        }
        final List<String> labels = new ArrayList<>();
        for (final DataCell value : target.getDomain().getValues()) {
            labels.add(value.toString());
        }
        if (labels.size() < 2) {
            throw new IllegalArgumentException("The target column " + name + " has only " + labels.size()
                + " class " + labels + "; a classifier needs at least two classes in the training data.");
        }
        final int classes = units == 1 ? 2 : units;
        if (classes != labels.size()) {
            throw new IllegalArgumentException("The output layer has " + units + " unit" + (units == 1 ? "" : "s")
                + " (" + classes + " classes) but the target column " + name + " has " + labels.size()
                + " classes " + labels + "; set the units of the last Dense layer to " + labels.size()
                + (labels.size() == 2 ? " (softmax) or 1 (sigmoid)." : " (softmax)."));
        }
        if (loss == LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY) {
            return new TargetEncoding(Form.INDEX, labels, 1);
        }
        return units == 1 ? new TargetEncoding(Form.BINARY, labels, 1)
            : new TargetEncoding(Form.ONE_HOT, labels, units);
    }

    private static String lower(final LossType loss) {
        return loss.name().toLowerCase().replace('_', ' ');
    }

    /** @return the number of target values per row the engine gets */
    public int width() {
        return m_width;
    }

    /** @return the class labels in output order, empty for regression */
    public List<String> classLabels() {
        return m_labels;
    }

    /**
     * Writes a row's targets.
     *
     * @param row the row
     * @param columns the target columns' positions in the row, as many as {@link #of} got
     * @param out receives {@link #width()} values from {@code offset}
     * @param offset the first position to write
     * @return false when a target is missing (or a number that is not finite)
     * @throws IllegalArgumentException when the class is not one of the labels
     */
    public boolean encode(final DataRow row, final int[] columns, final float[] out, final int offset) {
        if (m_form == Form.NUMBER) {
            for (int k = 0; k < columns.length; k++) {
                final DataCell cell = row.getCell(columns[k]);
                if (cell.isMissing()) {
                    return false;
                }
                final double value = ((DoubleValue)cell).getDoubleValue();
                out[offset + k] = (float)value;
                if (!Double.isFinite(value)) {
                    return false;
                }
            }
            return true;
        }
        final DataCell cell = row.getCell(columns[0]);
        if (cell.isMissing()) {
            return false;
        }
        final int index = m_labels.indexOf(cell.toString());
        if (index < 0) {
            throw new IllegalArgumentException("The class '" + cell + "' is not one of the classes " + m_labels
                + " the network was configured with; filter those rows out or train on a table that has them.");
        }
        switch (m_form) {
            case INDEX, BINARY -> out[offset] = index;
            default -> {
                for (int k = 0; k < m_width; k++) {
                    out[offset + k] = k == index ? 1 : 0;
                }
            }
        }
        return true;
    }
}
