package org.dlnodes.knime.nodes.loss;

import org.dlnodes.knime.nodes.NetworkBuilderNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** The Loss node. */
public final class LossNodeFactory extends NetworkBuilderNodeFactory<LossNodeModel> {

    @Override
    public LossNodeModel createNodeModel() {
        return new LossNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new LossNodeDialog();
    }
}
