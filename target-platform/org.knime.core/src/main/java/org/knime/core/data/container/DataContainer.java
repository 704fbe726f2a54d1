package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnDomainCreator;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.NominalValue;
import org.knime.core.data.RowIterator;

/**
 * Stand-in for KNIME's container that collects rows into a table. The stand-in keeps the rows in memory; on close
 * it completes the domain of nominal columns that have no possible values yet, as KNIME does.
 */
public class DataContainer implements AutoCloseable {

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows = new ArrayList<>();

    private DataTable m_table;

    /** @param spec the spec of the rows to add */
    public DataContainer(final DataTableSpec spec) {
        m_spec = spec;
    }

    /** @return the spec of the rows */
    public DataTableSpec getTableSpec() {
        return m_spec;
    }

    /** @return whether rows can still be added */
    public boolean isOpen() {
        return m_table == null;
    }

    /** @param row the next row; its cell count must fit the spec */
    public void addRowToTable(final DataRow row) {
        if (!isOpen()) {
            throw new IllegalStateException("Cannot add rows to a closed container.");
        }
        if (row.getNumCells() != m_spec.getNumColumns()) {
            throw new IllegalArgumentException("Cell count in row \"" + row.getKey() + "\" is not equal to length of"
                + " column names array: " + row.getNumCells() + " vs. " + m_spec.getNumColumns());
        }
        m_rows.add(row);
    }

    /** Ends adding rows; the table is then ready. */
    @Override
    public void close() {
        if (isOpen()) {
            m_table = new RowListTable(completedSpec(), List.copyOf(m_rows));
        }
    }

    /** @return the table of the added rows, after {@link #close()} */
    public DataTable getTable() {
        if (isOpen()) {
            throw new IllegalStateException("Cannot get table: container is not closed.");
        }
        return m_table;
    }

    private DataTableSpec completedSpec() {
        final DataColumnSpec[] columns = new DataColumnSpec[m_spec.getNumColumns()];
        for (int c = 0; c < columns.length; c++) {
            final DataColumnSpec column = m_spec.getColumnSpec(c);
            columns[c] = column;
            if (column.getType().isCompatible(NominalValue.class) && !column.getDomain().hasValues()) {
                final Set<DataCell> values = new LinkedHashSet<>();
                for (final DataRow row : m_rows) {
                    if (!row.getCell(c).isMissing()) {
                        values.add(row.getCell(c));
                    }
                }
                final DataColumnSpecCreator creator = new DataColumnSpecCreator(column);
                creator.setDomain(new DataColumnDomainCreator(values).createDomain());
                columns[c] = creator.createSpec();
            }
        }
        return new DataTableSpec(m_spec.getName(), columns);
    }

    /** The closed container's rows. */
    private static final class RowListTable implements DataTable {

        private final DataTableSpec m_tableSpec;

        private final List<DataRow> m_tableRows;

        RowListTable(final DataTableSpec spec, final List<DataRow> rows) {
            m_tableSpec = spec;
            m_tableRows = rows;
        }

        @Override
        public DataTableSpec getDataTableSpec() {
            return m_tableSpec;
        }

        @Override
        public RowIterator iterator() {
            final var rows = m_tableRows.iterator();
            return new RowIterator() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public DataRow next() {
                    return rows.next();
                }
            };
        }
    }
}
