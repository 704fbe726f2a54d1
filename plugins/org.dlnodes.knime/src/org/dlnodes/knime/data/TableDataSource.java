package org.dlnodes.knime.data;

import org.dlnodes.engine.data.BatchReader;
import org.dlnodes.engine.data.DataSource;
import org.knime.core.data.DataRow;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A KNIME table as the engine's streaming data source: every pass reads the table from its start, converting the
 * usable rows batch by batch and skipping the others, so that only one batch is in memory at a time. The table is
 * read in its stored order ({@link #randomAccess()} false); training shuffles it within a shuffle buffer.
 */
public final class TableDataSource implements DataSource {

    private final BufferedDataTable m_table;

    private final RowConverter m_converter;

    private final int m_usableRows;

    /**
     * @param table the table
     * @param converter the row conversion
     * @param usableRows the number of usable rows, from a {@link TableScan} with the same conversion
     */
    public TableDataSource(final BufferedDataTable table, final RowConverter converter, final int usableRows) {
        m_table = table;
        m_converter = converter;
        m_usableRows = usableRows;
    }

    @Override
    public int featureCount() {
        return m_converter.featureCount();
    }

    @Override
    public int targetCount() {
        return m_converter.targetCount();
    }

    @Override
    public int rowCount() {
        return m_usableRows;
    }

    @Override
    public boolean randomAccess() {
        return false;
    }

    @Override
    public BatchReader open(final int[] order) {
        if (order != null) {
            throw new IllegalArgumentException("A table is read in its stored order; shuffle by reading it into"
                + " memory first.");
        }
        return new Reader(m_table.iterator());
    }

    /** A pass over the table. */
    private final class Reader implements BatchReader {

        private final CloseableRowIterator m_rows;

        private float[] m_features = new float[0];

        private float[] m_targets = new float[0];

        Reader(final CloseableRowIterator rows) {
            m_rows = rows;
        }

        @Override
        public void read(final INDArray features, final INDArray targets) {
            final int count = (int)features.rows();
            final int width = featureCount();
            if (m_features.length != count * width) { // exact: the arrays become the batch's shape
                m_features = new float[count * width];
                m_targets = new float[count * targetCount()];
            }
            int filled = 0;
            while (filled < count) {
                if (!m_rows.hasNext()) {
                    throw new IllegalStateException("Asked for " + count + " rows but only " + filled
                        + " are left in this pass.");
                }
                final DataRow row = m_rows.next();
                if (m_converter.convert(row, m_features, targets == null ? null : m_targets, filled)) {
                    filled++;
                }
            }
            features.assign(Nd4j.create(m_features, new long[] {count, width}, DataType.FLOAT));
            if (targets != null) {
                targets.assign(Nd4j.create(m_targets, new long[] {count, targetCount()}, DataType.FLOAT));
            }
        }

        @Override
        public void close() {
            m_rows.close();
        }
    }
}
