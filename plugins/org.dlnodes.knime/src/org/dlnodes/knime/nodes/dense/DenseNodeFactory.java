package org.dlnodes.knime.nodes.dense;

import org.dlnodes.knime.nodes.NetworkBuilderNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** The Dense Layer node. */
public final class DenseNodeFactory extends NetworkBuilderNodeFactory<DenseNodeModel> {

    @Override
    public DenseNodeModel createNodeModel() {
        return new DenseNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DenseNodeDialog();
    }
}
