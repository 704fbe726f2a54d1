package org.dlnodes.knime.nodes;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * What the factories of the network builder nodes share: a dialog and no node view (the network is shown in the
 * output port's view).
 *
 * @param <M> the node model
 */
public abstract class NetworkBuilderNodeFactory<M extends NetworkBuilderNodeModel> extends NodeFactory<M> {

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<M> createNodeView(final int viewIndex, final M nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; the output port shows the network.");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    /** @return the node's dialog, every setting a SettingsModel so that flow variables can set it */
    @Override
    protected abstract NodeDialogPane createNodeDialogPane();
}
