package org.dlnodes.knime.data;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;

/**
 * Turns a table row into float features (standardized when offsets and scales are given) and targets. A row whose
 * feature or target is missing or not a finite number is not usable: its values must not reach the network.
 */
public final class RowConverter {

    private final FeatureColumns m_features;

    private final int[] m_targetIndices;

    private final TargetEncoding m_target;

    private final float[] m_offsets;

    private final float[] m_scales;

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
        return m_features.count();
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
        final int[] indices = m_features.indices();
        final int base = slot * indices.length;
        for (int i = 0; i < indices.length; i++) {
            final DataCell cell = row.getCell(indices[i]);
            if (cell.isMissing()) {
                return false;
            }
            final double value = ((DoubleValue)cell).getDoubleValue();
            if (!Double.isFinite(value)) {
                return false;
            }
            features[base + i] = m_offsets == null ? (float)value : (float)((value - m_offsets[i]) / m_scales[i]);
        }
        return targets == null || m_target == null
            || m_target.encode(row, m_targetIndices, targets, slot * m_target.width());
    }
}
