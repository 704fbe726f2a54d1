package org.dlnodes.knime.data;

import org.knime.core.data.DataRow;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * One pass over a table: the usable rows and, over them, each feature's mean and standard deviation (Welford's
 * update, stable for large tables), for standardization.
 *
 * @param usableRows the rows with every feature and the target present and finite
 * @param skippedRows the other rows
 * @param means per feature, the mean over the usable rows; empty when not asked for
 * @param deviations per feature, the population standard deviation (1 where it is 0, so that constant features
 *            stay finite); empty when not asked for
 */
public record TableScan(int usableRows, long skippedRows, float[] means, float[] deviations) {

    /** Rows between two checks for cancellation. */
    static final int CANCEL_CHECK_ROWS = 4096;

    /**
     * @param table the table
     * @param converter the raw conversion, without standardization
     * @param statistics whether to compute the means and deviations (for standardization)
     * @param exec for cancellation
     * @return the counts and statistics
     * @throws CanceledExecutionException if the user cancels
     * @throws IllegalArgumentException if more usable rows than an int holds
     */
    public static TableScan of(final BufferedDataTable table, final RowConverter converter,
        final boolean statistics, final ExecutionMonitor exec) throws CanceledExecutionException {
        final float[] features = new float[converter.featureCount()];
        final float[] targets = new float[Math.max(1, converter.targetCount())];
        final Tally tally = new Tally(converter.featureCount(), statistics);
        try (CloseableRowIterator rows = table.iterator()) {
            while (rows.hasNext()) {
                final DataRow row = rows.next();
                if (converter.convert(row, features, targets, 0)) {
                    tally.usable(features, 0);
                } else {
                    tally.skipped();
                }
                if (tally.seen() % CANCEL_CHECK_ROWS == 0) {
                    exec.checkCanceled();
                }
            }
        }
        return tally.result();
    }

    /** Counts the rows of a pass and, when asked, accumulates the usable rows' feature statistics. */
    static final class Tally {

        private final double[] m_mean;

        private final double[] m_squares;

        private long m_usable;

        private long m_skipped;

        /**
         * @param features the number of features
         * @param statistics whether to accumulate their means and deviations
         */
        Tally(final int features, final boolean statistics) {
            m_mean = new double[statistics ? features : 0];
            m_squares = new double[m_mean.length];
        }

        /** Counts a usable row whose features start at {@code offset}. */
        void usable(final float[] features, final int offset) {
            m_usable++;
            for (int i = 0; i < m_mean.length; i++) {
                final double value = features[offset + i];
                final double delta = value - m_mean[i];
                m_mean[i] += delta / m_usable;
                m_squares[i] += delta * (value - m_mean[i]);
            }
        }

        void skipped() {
            m_skipped++;
        }

        /** @return the rows counted so far */
        long seen() {
            return m_usable + m_skipped;
        }

        /** @return the counts and statistics */
        TableScan result() {
            if (m_usable > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("The table has " + m_usable + " usable rows; the Learner trains on"
                    + " at most " + Integer.MAX_VALUE + ". Sample the table first.");
            }
            final float[] means = new float[m_mean.length];
            final float[] deviations = new float[m_mean.length];
            for (int i = 0; i < m_mean.length; i++) {
                means[i] = (float)m_mean[i];
                final double deviation = m_usable == 0 ? 0 : Math.sqrt(m_squares[i] / m_usable);
                deviations[i] = deviation > 0 ? (float)deviation : 1;
            }
            return new TableScan((int)m_usable, m_skipped, means, deviations);
        }
    }
}
