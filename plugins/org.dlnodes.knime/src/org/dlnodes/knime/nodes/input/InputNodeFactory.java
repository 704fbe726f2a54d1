package org.dlnodes.knime.nodes.input;

import org.dlnodes.knime.nodes.NetworkBuilderNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** The Input Layer node: starts a network. */
public final class InputNodeFactory extends NetworkBuilderNodeFactory<InputNodeModel> {

    @Override
    public InputNodeModel createNodeModel() {
        return new InputNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new InputNodeDialog();
    }
}
