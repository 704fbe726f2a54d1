package org.dlnodes.knime.data;

import org.knime.core.data.DataRow;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * One pass over a table before training: the usable rows and, over them, each feature's mean and standard
 * deviation (Welford's update, stable for large tables), for standardization.
 *
 * @param usableRows the rows with every feature and the target present and finite
 * @param skippedRows the other rows
 * @param means per feature, the mean over the usable rows; empty when not asked for
 * @param deviations per feature, the population standard deviation (1 where it is 0, so that constant features
 *            stay finite); empty when not asked for
 */
public record TableScan(int usableRows, long skippedRows, float[] means, float[] deviations) {

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
        final int n = statistics ? converter.featureCount() : 0;
        final float[] features = new float[converter.featureCount()];
        final float[] targets = new float[Math.max(1, converter.targetCount())];
        final double[] mean = new double[n];
        final double[] squares = new double[n];
        long usable = 0;
        long skipped = 0;
        try (CloseableRowIterator rows = table.iterator()) {
            while (rows.hasNext()) {
                final DataRow row = rows.next();
                if (!converter.convert(row, features, targets, 0)) {
                    skipped++;
                    continue;
                }
                usable++;
                for (int i = 0; i < n; i++) {
                    final double delta = features[i] - mean[i];
                    mean[i] += delta / usable;
                    squares[i] += delta * (features[i] - mean[i]);
                }
                if (usable % 4096 == 0) {
                    exec.checkCanceled();
                }
            }
        }
        if (usable > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The table has " + usable + " usable rows; the Learner trains on at"
                + " most " + Integer.MAX_VALUE + ". Sample the table first.");
        }
        final float[] means = new float[n];
        final float[] deviations = new float[n];
        for (int i = 0; i < n; i++) {
            means[i] = (float)mean[i];
            final double deviation = usable == 0 ? 0 : Math.sqrt(squares[i] / usable);
            deviations[i] = deviation > 0 ? (float)deviation : 1;
        }
        return new TableScan((int)usable, skipped, means, deviations);
    }
}
