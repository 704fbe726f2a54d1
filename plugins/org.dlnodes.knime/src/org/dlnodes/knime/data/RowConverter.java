package org.dlnodes.knime.data;

import org.dlnodes.knime.data.FeatureColumn.Kind;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.collection.CollectionDataValue;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;

/**
 * Turns a table row into float features (standardized when offsets and scales are given) and targets; collection and
 * vector columns feed their elements as consecutive features. A row whose feature (or an element of one) or target
 * is missing or not a finite number is not usable: its values must not reach the network. A collection of another
 * width than the layout's is an error, not a skipped row: it means the table does not fit the network.
 */
public final class RowConverter {

    private final FeatureColumns m_features;

    private final int[] m_targetIndices;

    private final TargetEncoding m_target;

    private final float[] m_offsets;

    private final float[] m_scales;

    /** The number of inputs a row feeds. */
    private final int m_width;

    /**
     * @param features the feature columns
     * @param targetIndices the target columns' positions, null for rows to predict on
     * @param target the target's encoding, null for rows to predict on
     * @param offsets subtracted from each feature, null for none
     * @param scales each feature is divided by after the offset, null for none
     */
    public RowConverter(final FeatureColumns features, final int[] targetIndices, final TargetEncoding target,
        final float[] offsets, final float[] scales) {
        m_features = features;
        m_targetIndices = targetIndices;
        m_target = target;
        m_offsets = offsets;
        m_scales = scales;
        m_width = features.count();
    }

    /** @return the same conversion with the features standardized */
    public RowConverter standardized(final float[] offsets, final float[] scales) {
        return new RowConverter(m_features, m_targetIndices, m_target, offsets, scales);
    }

    /** @return the same conversion of a table whose features and targets are at other positions */
    public RowConverter on(final FeatureColumns features, final int[] targetIndices) {
        return new RowConverter(features, targetIndices, m_target, m_offsets, m_scales);
    }

    /** @return the number of features */
    public int featureCount() {
        return m_width;
    }

    /** @return the number of target values, 0 without targets */
    public int targetCount() {
        return m_target == null ? 0 : m_target.width();
    }

    /**
     * @param row the row
     * @param features receives the features from {@code row * featureCount()}
     * @param targets receives the targets from {@code row * targetCount()}; null to skip them
     * @param slot the row's position in the arrays
     * @return whether the row is usable
     */
    public boolean convert(final DataRow row, final float[] features, final float[] targets, final int slot) {
        int input = 0;
        for (int c = 0; c < m_features.indices().length && input >= 0; c++) {
            input = put(row, c, features, slot * m_width, input);
        }
        return input >= 0 && (targets == null || m_target == null
            || m_target.encode(row, m_targetIndices, targets, slot * m_target.width()));
    }

    /**
     * Writes the inputs of a row's feature column.
     *
     * @param c the column's position among the features
     * @return the next input, -1 if a value is missing or not finite
     * @throws IllegalArgumentException naming the row and column if a collection has another width
     */
    private int put(final DataRow row, final int c, final float[] features, final int base, final int input) {
        final FeatureColumn column = m_features.columns().get(c);
        final DataCell cell = row.getCell(m_features.indices()[c]);
        if (cell.isMissing()) {
            return -1;
        }
        if (column.kind() == Kind.NUMBER) {
            return put(((DoubleValue)cell).getDoubleValue(), features, base, input) ? input + 1 : -1;
        }
        final int width = FeatureColumns.width(cell);
        if (width != column.width()) {
            throw new IllegalArgumentException("Row '" + row.getKey() + "': the feature column '" + column.name()
                + "' holds " + width + " values, but " + column.width() + " are expected (as in the first row of the"
                + " training table); give every row the same number of elements.");
        }
        int next = input;
        if (cell instanceof DoubleVectorValue vector) {
            for (int i = 0; i < width; i++) {
                if (!put(vector.getValue(i), features, base, next++)) {
                    return -1;
                }
            }
            return next;
        }
        for (final DataCell element : (CollectionDataValue)cell) {
            if (element.isMissing() || !put(((DoubleValue)element).getDoubleValue(), features, base, next++)) {
                return -1;
            }
        }
        return next;
    }

    /** Writes one input, standardized when asked; a non-finite value makes the row unusable. */
    private boolean put(final double value, final float[] features, final int base, final int input) {
        if (!Double.isFinite(value)) {
            return false;
        }
        features[base + input] =
            m_offsets == null ? (float)value : (float)((value - m_offsets[input]) / m_scales[input]);
        return true;
    }
}
