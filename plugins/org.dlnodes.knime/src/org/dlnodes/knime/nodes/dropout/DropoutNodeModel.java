package org.dlnodes.knime.nodes.dropout;

import org.dlnodes.knime.nodes.NetworkBuilderNodeModel;

/** Appends a dropout layer to the incoming network. */
public final class DropoutNodeModel extends NetworkBuilderNodeModel {

    DropoutNodeModel() {
        super(false, new DropoutSettings());
    }
}
