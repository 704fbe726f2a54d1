package org.dlnodes.knime.nodes.dense;

import org.dlnodes.knime.nodes.NetworkBuilderNodeModel;

/** Appends a fully connected layer to the incoming network. */
public final class DenseNodeModel extends NetworkBuilderNodeModel {

    DenseNodeModel() {
        super(false, new DenseSettings());
    }
}
