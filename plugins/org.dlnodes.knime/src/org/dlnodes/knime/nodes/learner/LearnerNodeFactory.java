package org.dlnodes.knime.nodes.learner;

import org.dlnodes.knime.data.TableNodeFactory;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeView;

/** The Network Learner node. */
public final class LearnerNodeFactory extends TableNodeFactory<LearnerNodeModel> {

    @Override
    public LearnerNodeModel createNodeModel() {
        return new LearnerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 1;
    }

    @Override
    public NodeView<LearnerNodeModel> createNodeView(final int viewIndex, final LearnerNodeModel nodeModel) {
        if (viewIndex != 0) {
            throw new IndexOutOfBoundsException("The Learner has one view, the learning curves; asked for "
                + viewIndex);
        }
        return new LearningCurveView(nodeModel);
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new LearnerNodeDialog();
    }
}
