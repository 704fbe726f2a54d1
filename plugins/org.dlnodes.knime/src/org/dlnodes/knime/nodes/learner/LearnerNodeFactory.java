package org.dlnodes.knime.nodes.learner;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** The Network Learner node. */
public final class LearnerNodeFactory extends NodeFactory<LearnerNodeModel> {

    @Override
    public LearnerNodeModel createNodeModel() {
        return new LearnerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<LearnerNodeModel> createNodeView(final int viewIndex, final LearnerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; its learning-curve table shows the training.");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new LearnerNodeDialog();
    }
}
