package org.dlnodes.knime.nodes.optimizer;

import org.dlnodes.knime.nodes.NetworkBuilderNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** The Optimizer node. */
public final class OptimizerNodeFactory extends NetworkBuilderNodeFactory<OptimizerNodeModel> {

    @Override
    public OptimizerNodeModel createNodeModel() {
        return new OptimizerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new OptimizerNodeDialog();
    }
}
