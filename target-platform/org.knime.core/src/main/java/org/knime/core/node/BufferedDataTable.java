package org.knime.core.node;

import javax.swing.JComponent;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowIterator;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * Stand-in for KNIME's table passed between nodes; nodes get them from their inputs or from a
 * {@link BufferedDataContainer}. The stand-in holds its rows in memory.
 */
public final class BufferedDataTable implements DataTable, PortObject {

    /** The type of data ports. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class);

    /** The type of optional data ports. */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class, true);

    private final DataTable m_delegate;

    private final long m_size;

    BufferedDataTable(final DataTable delegate) {
        m_delegate = delegate;
        long size = 0;
        for (final RowIterator it = delegate.iterator(); it.hasNext(); it.next()) {
            size++;
        }
        m_size = size;
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        return m_delegate.getDataTableSpec();
    }

    @Override
    public DataTableSpec getSpec() {
        return getDataTableSpec();
    }

    /** @return the number of rows */
    public long size() {
        return m_size;
    }

    @Override
    public CloseableRowIterator iterator() {
        final RowIterator rows = m_delegate.iterator();
        return new CloseableRowIterator() {
            private boolean m_closed;

            @Override
            public boolean hasNext() {
                return !m_closed && rows.hasNext();
            }

            @Override
            public DataRow next() {
                return rows.next();
            }

            @Override
            public void close() {
                m_closed = true;
            }
        };
    }

    @Override
    public String getSummary() {
        return "Rows: " + m_size + ", Cols: " + getDataTableSpec().getNumColumns();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }
}
