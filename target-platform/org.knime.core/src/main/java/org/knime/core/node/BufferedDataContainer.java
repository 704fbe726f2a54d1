package org.knime.core.node;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

/** Stand-in for KNIME's container of a node's output rows, made by {@link ExecutionContext#createDataContainer}. */
public class BufferedDataContainer extends DataContainer {

    private BufferedDataTable m_resultTable;

    BufferedDataContainer(final DataTableSpec spec) {
        super(spec);
    }

    /** @return the table of the added rows, after {@link #close()} */
    @Override
    public BufferedDataTable getTable() {
        if (m_resultTable == null) {
            m_resultTable = new BufferedDataTable(super.getTable());
        }
        return m_resultTable;
    }
}
