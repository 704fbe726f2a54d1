package org.dlnodes.knime.port;

import java.util.Objects;

import javax.swing.JComponent;

import org.dlnodes.engine.spec.NetworkSpec;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/** The Network Spec port object: the network built by a chain of layer nodes, passed on to the Learner. */
public final class NetworkSpecPortObject extends AbstractSimplePortObject {

    /** Saves and loads the port object with the workflow; registered in plugin.xml. */
    public static final class Serializer extends AbstractSimplePortObjectSerializer<NetworkSpecPortObject> {
    }

    /** The port type, registered in plugin.xml. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(NetworkSpecPortObject.class);

    private NetworkSpecPortObjectSpec m_spec;

    /** For the serializer only. */
    public NetworkSpecPortObject() {
    }

    /** @param network the network carried */
    public NetworkSpecPortObject(final NetworkSpec network) {
        m_spec = new NetworkSpecPortObjectSpec(network);
    }

    /** @return the network carried */
    public NetworkSpec network() {
        return m_spec.network();
    }

    @Override
    public NetworkSpecPortObjectSpec getSpec() {
        return m_spec;
    }

    @Override
    public String getSummary() {
        return SummaryTable.of(network()).headline();
    }

    @Override
    protected void save(final ModelContentWO model, final ExecutionMonitor exec) {
        NetworkSpecPortObjectSpec.saveNetwork(network(), model);
    }

    @Override
    protected void load(final ModelContentRO model, final PortObjectSpec spec, final ExecutionMonitor exec)
        throws InvalidSettingsException {
        m_spec = new NetworkSpecPortObjectSpec(NetworkSpecPortObjectSpec.loadNetwork(model));
    }

    @Override
    public JComponent[] getViews() {
        return m_spec.getViews();
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof NetworkSpecPortObject object && Objects.equals(m_spec, object.m_spec);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(m_spec);
    }
}
