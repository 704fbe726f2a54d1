package org.dlnodes.knime.nodes;

import java.io.File;

import org.dlnodes.engine.spec.InvalidSpecException;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.knime.port.NetworkSpecPortObject;
import org.dlnodes.knime.port.NetworkSpecPortObjectSpec;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * What every network builder node does: take the incoming network spec (none for the Input Layer), add its part,
 * let the engine validate the result and pass it on, in configure already, so the chain is checked before
 * anything executes.
 */
public abstract class NetworkBuilderNodeModel extends NodeModel {

    private final BuilderSettings m_settings;

    /**
     * @param startsNetwork true for the node without a network input
     * @param settings the node's settings
     */
    protected NetworkBuilderNodeModel(final boolean startsNetwork, final BuilderSettings settings) {
        super(startsNetwork ? new PortType[0] : new PortType[]{NetworkSpecPortObject.TYPE},
            new PortType[]{NetworkSpecPortObject.TYPE});
        m_settings = settings;
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final NetworkSpec network = build(inSpecs);
        setWarningMessage(m_settings.warningFor(network));
        return new PortObjectSpec[]{new NetworkSpecPortObjectSpec(network)};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec)
        throws InvalidSettingsException {
        final PortObjectSpec[] inSpecs = new PortObjectSpec[inObjects.length];
        for (int i = 0; i < inObjects.length; i++) {
            inSpecs[i] = inObjects[i] == null ? null : inObjects[i].getSpec();
        }
        return new PortObject[]{new NetworkSpecPortObject(build(inSpecs))};
    }

    private NetworkSpec build(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        NetworkSpec incoming = null;
        if (inSpecs.length > 0) {
            if (!(inSpecs[0] instanceof NetworkSpecPortObjectSpec spec)) {
                throw new InvalidSettingsException(
                    "No network arrives; connect the network output of an Input Layer or another layer node.");
            }
            incoming = spec.network();
        }
        try {
            return m_settings.applyTo(incoming);
        } catch (InvalidSpecException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO settings) {
        m_settings.saveTo(settings);
    }

    @Override
    protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.validate(settings);
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.loadFrom(settings);
    }

    @Override
    protected void reset() {
        // nothing is kept between executions
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // the port object holds everything
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // the port object holds everything
    }
}
