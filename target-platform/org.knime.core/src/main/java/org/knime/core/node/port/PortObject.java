package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** Stand-in for KNIME's port object: what a port carries after execution. */
public interface PortObject {

    /**
     * Saves and loads port objects of one class.
     *
     * @param <T> the port object class
     */
    abstract static class PortObjectSerializer<T extends PortObject> {

        public abstract void savePortObject(T portObject, PortObjectZipOutputStream out, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException;

        public abstract T loadPortObject(PortObjectZipInputStream in, PortObjectSpec spec, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException;
    }

    /** @return a one-line summary, e.g. for the port's tooltip */
    String getSummary();

    /** @return the spec of this object */
    PortObjectSpec getSpec();

    /** @return the views shown in the port view, each a tab */
    JComponent[] getViews();
}
