package org.knime.core.data.append;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** Stand-in for KNIME's row that appends cells to another row, keeping its key. */
public class AppendedColumnRow implements DataRow {

    private final DataRow m_baseRow;

    private final DataCell[] m_appendCell;

    /**
     * @param baseRow the row whose cells come first
     * @param appendCell the cells appended
     */
    public AppendedColumnRow(final DataRow baseRow, final DataCell... appendCell) {
        m_baseRow = baseRow;
        m_appendCell = appendCell.clone();
    }

    @Override
    public int getNumCells() {
        return m_baseRow.getNumCells() + m_appendCell.length;
    }

    @Override
    public RowKey getKey() {
        return m_baseRow.getKey();
    }

    @Override
    public DataCell getCell(final int index) {
        final int base = m_baseRow.getNumCells();
        return index < base ? m_baseRow.getCell(index) : m_appendCell[index - base];
    }

    @Override
    public Iterator<DataCell> iterator() {
        final List<DataCell> cells = new ArrayList<>();
        m_baseRow.forEach(cells::add);
        cells.addAll(List.of(m_appendCell));
        return cells.iterator();
    }
}
