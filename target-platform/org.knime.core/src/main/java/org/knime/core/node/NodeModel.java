package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Stand-in for KNIME's node model with the port-object variants of configure and execute. The stand-in keeps the
 * port types and the warning message; tests drive configure and execute directly.
 */
public abstract class NodeModel {

    private final PortType[] m_inPortTypes;

    private final PortType[] m_outPortTypes;

    private String m_warningMessage;

    private final List<NodeModelWarningListener> m_warningListeners = new CopyOnWriteArrayList<>();

    private final List<AbstractNodeView<?>> m_views = new CopyOnWriteArrayList<>();

    /**
     * @param inPortTypes the input port types
     * @param outPortTypes the output port types
     */
    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        m_inPortTypes = inPortTypes == null ? new PortType[0] : inPortTypes.clone();
        m_outPortTypes = outPortTypes == null ? new PortType[0] : outPortTypes.clone();
    }

    protected abstract void loadInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveSettingsTo(NodeSettingsWO settings);

    protected abstract void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void reset();

    /**
     * @param inSpecs the input specs, an element null where not known
     * @return the output specs
     * @throws InvalidSettingsException if the node cannot be configured
     */
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        throw new IllegalStateException("configure(PortObjectSpec[]) is not implemented by " + getClass());
    }

    /**
     * @param inObjects the input port objects
     * @param exec for progress and cancelation
     * @return the output port objects
     * @throws Exception if execution fails
     */
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        throw new IllegalStateException("execute(PortObject[], ExecutionContext) is not implemented by " + getClass());
    }

    protected final int getNrInPorts() {
        return m_inPortTypes.length;
    }

    protected final int getNrOutPorts() {
        return m_outPortTypes.length;
    }

    protected final PortType getInPortType(final int index) {
        return m_inPortTypes[index];
    }

    protected final PortType getOutPortType(final int index) {
        return m_outPortTypes[index];
    }

    /** @param warningMessage shown at the node, null for none */
    protected final void setWarningMessage(final String warningMessage) {
        m_warningMessage = warningMessage;
        m_warningListeners.forEach(l -> l.warningChanged(warningMessage));
    }

    /** @param listener told of every new warning */
    public void addWarningListener(final NodeModelWarningListener listener) {
        if (listener == null) {
            throw new NullPointerException("NodeModel message listener must not be null!");
        }
        if (!m_warningListeners.contains(listener)) {
            m_warningListeners.add(listener);
        }
    }

    /** @param arg passed to every open view's {@link AbstractNodeView#updateModel(Object)}, e.g. during execution */
    protected final void notifyViews(final Object arg) {
        m_views.forEach(view -> view.updateModel(arg));
    }

    /** @param view an opened view, told of {@link #notifyViews(Object)} (called by the framework) */
    final void registerView(final AbstractNodeView<?> view) {
        m_views.add(view);
    }
}
