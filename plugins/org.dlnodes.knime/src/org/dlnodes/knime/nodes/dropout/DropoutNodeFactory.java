package org.dlnodes.knime.nodes.dropout;

import org.dlnodes.knime.nodes.NetworkBuilderNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** The Dropout Layer node. */
public final class DropoutNodeFactory extends NetworkBuilderNodeFactory<DropoutNodeModel> {

    @Override
    public DropoutNodeModel createNodeModel() {
        return new DropoutNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DropoutNodeDialog();
    }
}
