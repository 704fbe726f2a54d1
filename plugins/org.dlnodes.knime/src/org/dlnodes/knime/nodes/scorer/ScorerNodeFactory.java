package org.dlnodes.knime.nodes.scorer;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** The Network Scorer node. */
public final class ScorerNodeFactory extends NodeFactory<ScorerNodeModel> {

    @Override
    public ScorerNodeModel createNodeModel() {
        return new ScorerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<ScorerNodeModel> createNodeView(final int viewIndex, final ScorerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; its output tables show the scores.");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ScorerNodeDialog();
    }
}
