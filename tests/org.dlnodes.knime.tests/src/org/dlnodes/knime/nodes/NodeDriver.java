package org.dlnodes.knime.nodes;

import java.util.function.Consumer;

import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.knime.port.NetworkSpecPortObjectSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObjectSpec;

/** Drives builder nodes as KNIME does: settings saved, changed (as by a dialog or flow variable), validated, loaded. */
final class NodeDriver {

    private NodeDriver() {
    }

    /** @return the node's current settings */
    static NodeSettings settingsOf(final NetworkBuilderNodeModel model) {
        final NodeSettings settings = new NodeSettings("model");
        model.saveSettingsTo(settings);
        return settings;
    }

    /** @return a node of the factory with its default settings changed, validated and loaded */
    static NetworkBuilderNodeModel node(final NetworkBuilderNodeFactory<?> factory, final Consumer<NodeSettings> change)
        throws InvalidSettingsException {
        final NetworkBuilderNodeModel model = factory.createNodeModel();
        final NodeSettings settings = settingsOf(model);
        change.accept(settings);
        model.validateSettings(settings);
        model.loadValidatedSettingsFrom(settings);
        return model;
    }

    /** @return the network the node passes on in configure */
    static NetworkSpec configure(final NetworkBuilderNodeModel model, final NetworkSpec incoming)
        throws InvalidSettingsException {
        final PortObjectSpec[] in = incoming == null ? new PortObjectSpec[0]
            : new PortObjectSpec[]{new NetworkSpecPortObjectSpec(incoming)};
        return ((NetworkSpecPortObjectSpec)model.configure(in)[0]).network();
    }

    /** @return the network after configuring the nodes in a chain, the first one starting it */
    static NetworkSpec chain(final NetworkBuilderNodeModel... models) throws InvalidSettingsException {
        NetworkSpec network = null;
        for (final NetworkBuilderNodeModel model : models) {
            network = configure(model, network);
        }
        return network;
    }
}
