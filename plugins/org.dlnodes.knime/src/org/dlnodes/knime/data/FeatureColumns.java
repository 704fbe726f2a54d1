package org.dlnodes.knime.data;

import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;

/**
 * The numeric feature columns of a table, found by name, in the order of the network's inputs.
 *
 * @param names the column names, in input order
 * @param indices the columns' positions in the table
 */
public record FeatureColumns(List<String> names, int[] indices) {

    /**
     * @param spec the table's spec
     * @param names the feature columns, in input order
     * @param origin what chose them, for the messages, e.g. "selected" or "the model was trained on"
     * @return the columns
     * @throws IllegalArgumentException naming the first column that is missing or not numeric
     */
    public static FeatureColumns find(final DataTableSpec spec, final List<String> names, final String origin) {
        final int[] indices = new int[names.size()];
        for (int i = 0; i < indices.length; i++) {
            final String name = names.get(i);
            indices[i] = spec.findColumnIndex(name);
            if (indices[i] < 0) {
                throw new IllegalArgumentException("The feature column '" + name + "' " + origin
                    + " is missing from the input table; add it (same name, numeric) or rename the column back.");
            }
            final DataColumnSpec column = spec.getColumnSpec(indices[i]);
            if (!column.getType().isCompatible(DoubleValue.class)) {
                throw new IllegalArgumentException("The feature column '" + name + "' " + origin + " is of type "
                    + column.getType() + " in the input table but must be numeric; convert it (e.g. String to"
                    + " Number) or choose other columns.");
            }
        }
        return new FeatureColumns(List.copyOf(names), indices);
    }

    /** @return the number of features */
    public int count() {
        return indices.length;
    }
}
