package org.dlnodes.knime.nodes.batchnorm;

import org.dlnodes.knime.nodes.NetworkBuilderNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** The Batch Normalization Layer node. */
public final class BatchNormNodeFactory extends NetworkBuilderNodeFactory<BatchNormNodeModel> {

    @Override
    public BatchNormNodeModel createNodeModel() {
        return new BatchNormNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new BatchNormNodeDialog();
    }
}
