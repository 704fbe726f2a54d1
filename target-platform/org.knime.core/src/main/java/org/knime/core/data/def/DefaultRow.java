package org.knime.core.data.def;

import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** Stand-in for KNIME's row of a key and an array of cells. */
public class DefaultRow implements DataRow {

    private final RowKey m_rowKey;

    private final DataCell[] m_row;

    /**
     * @param rowKey the key
     * @param row the cells, none null
     */
    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        if (rowKey == null) {
            throw new NullPointerException("Row key must not be null.");
        }
        for (final DataCell cell : row) {
            if (cell == null) {
                throw new NullPointerException("Cell must not be null.");
            }
        }
        m_rowKey = rowKey;
        m_row = row.clone();
    }

    /**
     * @param rowId the row ID
     * @param row the cells, none null
     */
    public DefaultRow(final String rowId, final DataCell... row) {
        this(new RowKey(rowId), row);
    }

    /**
     * @param rowKey the key
     * @param row the cells, none null
     */
    public DefaultRow(final RowKey rowKey, final List<? extends DataCell> row) {
        this(rowKey, row.toArray(new DataCell[0]));
    }

    @Override
    public int getNumCells() {
        return m_row.length;
    }

    @Override
    public RowKey getKey() {
        return m_rowKey;
    }

    @Override
    public DataCell getCell(final int index) {
        return m_row[index];
    }

    @Override
    public Iterator<DataCell> iterator() {
        return List.of(m_row).iterator();
    }

    @Override
    public String toString() {
        return m_rowKey + ": " + List.of(m_row);
    }
}
