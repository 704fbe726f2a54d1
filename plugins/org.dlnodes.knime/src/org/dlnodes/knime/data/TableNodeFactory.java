package org.dlnodes.knime.data;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * What the factories of the Learner, Predictor and Scorer share: a dialog, and by default no node view (their
 * output tables and ports show the results).
 *
 * @param <M> the node model
 */
public abstract class TableNodeFactory<M extends TableNodeModel> extends NodeFactory<M> {

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<M> createNodeView(final int viewIndex, final M nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; its output ports show the results.");
    }

    @Override
    protected final boolean hasDialog() {
        return true;
    }
}
