package org.dlnodes.knime.port;

import java.util.Objects;

import javax.swing.JComponent;

import org.dlnodes.engine.spec.InvalidSpecException;
import org.dlnodes.engine.spec.NetworkSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/**
 * The spec side of the Network Spec port: the whole network as far as it is built, so that downstream nodes can
 * configure (and check the chain) before anything executes. Saved as the engine's versioned JSON.
 */
public final class NetworkSpecPortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Saves and loads the spec with the workflow; registered in plugin.xml. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<NetworkSpecPortObjectSpec> {
    }

    /** The version of this content; the JSON inside carries the network's own format version. */
    static final int CONTENT_VERSION = 1;

    static final String KEY_VERSION = "content_version";

    static final String KEY_NETWORK = "network_json";

    private NetworkSpec m_network;

    /** For the serializer only. */
    public NetworkSpecPortObjectSpec() {
    }

    /** @param network the network carried */
    public NetworkSpecPortObjectSpec(final NetworkSpec network) {
        m_network = Objects.requireNonNull(network, "network");
    }

    /** @return the network carried */
    public NetworkSpec network() {
        return m_network;
    }

    @Override
    protected void save(final ModelContentWO model) {
        saveNetwork(m_network, model);
    }

    @Override
    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        m_network = loadNetwork(model);
    }

    /** Writes the network into port content; shared with the port object, which saves the same. */
    static void saveNetwork(final NetworkSpec network, final ModelContentWO model) {
        model.addInt(KEY_VERSION, CONTENT_VERSION);
        model.addString(KEY_NETWORK, network.toJson());
    }

    /** Reads what {@link #saveNetwork} wrote, rejecting content of a newer extension. */
    static NetworkSpec loadNetwork(final ModelContentRO model) throws InvalidSettingsException {
        final int version = model.getInt(KEY_VERSION);
        if (version > CONTENT_VERSION) {
            throw new InvalidSettingsException("The network spec was saved by a newer version of the Deep Learning "
                + "Nodes (content version " + version + "); update the extension to open it.");
        }
        try {
            return NetworkSpec.fromJson(model.getString(KEY_NETWORK));
        } catch (InvalidSpecException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[]{new NetworkSummaryView(m_network)};
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof NetworkSpecPortObjectSpec spec && Objects.equals(m_network, spec.m_network);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(m_network);
    }
}
