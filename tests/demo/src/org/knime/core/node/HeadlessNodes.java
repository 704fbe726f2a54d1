package org.knime.core.node;

import java.util.function.Consumer;

import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/**
 * The demo's stand-in for KNIME's workflow manager: it lives in KNIME's package, as KNIME's own {@code Node} does,
 * so that it can call a node model's configure, execute and settings methods, which KNIME keeps protected.
 */
public final class HeadlessNodes {

    private HeadlessNodes() {
    }

    /**
     * @param factory the node's factory
     * @param change sets settings as a dialog or flow variable would (on top of the defaults)
     * @return the node model with the settings validated and loaded
     * @throws InvalidSettingsException if the node rejects the settings
     */
    public static NodeModel node(final NodeFactory<? extends NodeModel> factory, final Consumer<NodeSettings> change)
        throws InvalidSettingsException {
        final NodeModel model = factory.createNodeModel();
        final NodeSettings settings = new NodeSettings("model");
        model.saveSettingsTo(settings);
        change.accept(settings);
        model.validateSettings(settings);
        model.loadValidatedSettingsFrom(settings);
        model.addWarningListener(w -> {
            if (w != null) {
                System.out.println("  WARNING " + factory.getClass().getSimpleName().replace("NodeFactory", "")
                    + ": " + w.replace("\n", "\n          "));
            }
        });
        return model;
    }

    /** Configures, then executes the node, as KNIME does; returns the output port objects. */
    public static PortObject[] run(final NodeModel model, final ExecutionContext exec, final PortObject... inputs)
        throws Exception {
        final PortObjectSpec[] specs = new PortObjectSpec[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            specs[i] = inputs[i] == null ? null : inputs[i].getSpec();
        }
        model.configure(specs);
        return model.execute(inputs, exec);
    }
}
