package org.dlnodes.knime.data;

import java.io.File;
import java.io.IOException;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortType;

/**
 * What the Learner, Predictor and Scorer share: their settings are a {@link SettingsGroup}, and their output ports
 * hold what they produce, so by default they save no internals (the Learner saves its view's data).
 */
public abstract class TableNodeModel extends NodeModel {

    private final SettingsGroup m_settings;

    /**
     * @param inPortTypes the input port types
     * @param outPortTypes the output port types
     * @param settings the node's settings
     */
    protected TableNodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes,
        final SettingsGroup settings) {
        super(inPortTypes, outPortTypes);
        m_settings = settings;
    }

    @Override
    protected final void saveSettingsTo(final NodeSettingsWO settings) {
        m_settings.saveTo(settings);
    }

    @Override
    protected final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.validate(settings);
    }

    @Override
    protected final void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.loadFrom(settings);
    }

    @Override
    protected void reset() {
        // nothing is kept between executions
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        // the output ports hold everything
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        // the output ports hold everything
    }
}
