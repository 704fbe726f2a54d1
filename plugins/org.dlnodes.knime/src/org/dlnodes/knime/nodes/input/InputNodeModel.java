package org.dlnodes.knime.nodes.input;

import org.dlnodes.knime.nodes.NetworkBuilderNodeModel;

/** Starts a network: no input port, a network spec with only the input size out. */
public final class InputNodeModel extends NetworkBuilderNodeModel {

    InputNodeModel() {
        super(true, new InputSettings());
    }
}
