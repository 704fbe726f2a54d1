package org.dlnodes.knime.nodes.loss;

import org.dlnodes.knime.nodes.NetworkBuilderNodeModel;

/** Sets the loss of the incoming network, checked against its output layer. */
public final class LossNodeModel extends NetworkBuilderNodeModel {

    LossNodeModel() {
        super(false, new LossSettings());
    }
}
