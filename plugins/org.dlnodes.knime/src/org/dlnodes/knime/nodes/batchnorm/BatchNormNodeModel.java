package org.dlnodes.knime.nodes.batchnorm;

import org.dlnodes.knime.nodes.NetworkBuilderNodeModel;

/** Appends a batch normalization layer to the incoming network. */
public final class BatchNormNodeModel extends NetworkBuilderNodeModel {

    BatchNormNodeModel() {
        super(false, new BatchNormSettings());
    }
}
