package org.dlnodes.knime.data;

import java.util.ArrayList;
import java.util.List;

import org.dlnodes.knime.data.FeatureColumn.Kind;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.collection.CollectionDataValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.knime.core.node.BufferedDataTable;

/**
 * The feature columns of a table, found by name, in the order of the network's inputs: numeric columns feed one
 * input each, collection and vector columns one per element.
 *
 * @param columns the columns with their kinds and widths, in input order
 * @param indices the columns' positions in the table
 */
public record FeatureColumns(List<FeatureColumn> columns, int[] indices) {

    /**
     * @param spec the table's spec
     * @param names the feature columns, in input order
     * @param origin what chose them, for the messages, e.g. "selected"
     * @return the columns; collections have no width yet (see {@link #measured(BufferedDataTable)})
     * @throws IllegalArgumentException naming the first column that is missing or cannot feed inputs
     */
    public static FeatureColumns find(final DataTableSpec spec, final List<String> names, final String origin) {
        final List<FeatureColumn> columns = new ArrayList<>();
        final int[] indices = new int[names.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = index(spec, names.get(i), origin);
            final FeatureColumn column = FeatureColumn.of(spec.getColumnSpec(indices[i]));
            if (column == null) {
                throw new IllegalArgumentException("The feature column '" + names.get(i) + "' " + origin + " is of"
                    + " type " + spec.getColumnSpec(indices[i]).getType() + " in the input table but must be numeric,"
                    + " a collection of numbers or a double vector; convert it (e.g. String to Number) or choose"
                    + " other columns.");
            }
            columns.add(column);
        }
        return new FeatureColumns(List.copyOf(columns), indices);
    }

    /**
     * Finds the columns of a known layout (a trained model's, or the training table's) in another table.
     *
     * @param spec the table's spec
     * @param layout the columns, of the kinds (and widths, where known) the table must have
     * @param origin what the layout is, for the messages, e.g. "the model was trained on"
     * @return the columns, with the layout's widths (rows of another width fail when converted)
     * @throws IllegalArgumentException naming the first column that is missing or of another kind
     */
    public static FeatureColumns match(final DataTableSpec spec, final List<FeatureColumn> layout,
        final String origin) {
        final int[] indices = new int[layout.size()];
        for (int i = 0; i < indices.length; i++) {
            final FeatureColumn expected = layout.get(i);
            indices[i] = index(spec, expected.name(), origin);
            final DataColumnSpec column = spec.getColumnSpec(indices[i]);
            if (Kind.of(column.getType()) != expected.kind()) {
                throw new IllegalArgumentException("The feature column '" + expected.name() + "' " + origin + " is"
                    + " of type " + column.getType() + " in the input table but must be "
                    + expected.kind().description() + (expected.hasWidth() && expected.kind() != Kind.NUMBER
                        ? " of " + expected.width() + " values" : "") + "; convert it or rename the right column.");
            }
        }
        return new FeatureColumns(List.copyOf(layout), indices);
    }

    private static int index(final DataTableSpec spec, final String name, final String origin) {
        final int index = spec.findColumnIndex(name);
        if (index < 0) {
            throw new IllegalArgumentException("The feature column '" + name + "' " + origin + " is missing from"
                + " the input table; add it (same name and type) or rename the column back.");
        }
        return index;
    }

    /** @return the column names, in input order */
    public List<String> names() {
        return columns.stream().map(FeatureColumn::name).toList();
    }

    /** @return whether every column's width is known, so that {@link #count()} is */
    public boolean hasWidths() {
        return columns.stream().allMatch(FeatureColumn::hasWidth);
    }

    /**
     * @return the number of network inputs
     * @throws IllegalStateException if a collection's width is not known yet
     */
    public int count() {
        if (!hasWidths()) {
            throw new IllegalStateException("The widths of the collection feature columns are not known yet.");
        }
        return columns.stream().mapToInt(FeatureColumn::width).sum();
    }

    /** @return one name per network input: the column's, with "[i]" for the elements of a collection */
    public List<String> inputNames() {
        final List<String> inputs = new ArrayList<>();
        for (final FeatureColumn column : columns) {
            if (column.kind() == Kind.NUMBER) {
                inputs.add(column.name());
            } else {
                for (int i = 0; i < column.width(); i++) {
                    inputs.add(column.name() + "[" + i + "]");
                }
            }
        }
        return inputs;
    }

    /**
     * Fixes the width of each collection column from its first non-missing cell, reading only as many rows as that
     * takes.
     *
     * @param table the table
     * @return the columns with all widths known
     * @throws IllegalArgumentException naming a collection column without a single value
     */
    public FeatureColumns measured(final BufferedDataTable table) {
        final List<FeatureColumn> measured = new ArrayList<>(columns);
        try (CloseableRowIterator rows = table.iterator()) {
            while (!measured.stream().allMatch(FeatureColumn::hasWidth) && rows.hasNext()) {
                final DataRow row = rows.next();
                for (int c = 0; c < measured.size(); c++) {
                    final DataCell cell = row.getCell(indices[c]);
                    if (!measured.get(c).hasWidth() && !cell.isMissing()) {
                        measured.set(c, measured.get(c).withWidth(width(cell)));
                    }
                }
            }
        }
        for (final FeatureColumn column : measured) {
            if (!column.hasWidth()) {
                throw new IllegalArgumentException("The feature column '" + column.name() + "' has no value in any"
                    + " row, so its number of elements is unknown; fill it or leave it out of the features.");
            }
        }
        return new FeatureColumns(List.copyOf(measured), indices);
    }

    /** @return the number of inputs a vector or collection cell feeds */
    static int width(final DataCell cell) {
        return cell instanceof DoubleVectorValue vector ? vector.getLength() : ((CollectionDataValue)cell).size();
    }
}
