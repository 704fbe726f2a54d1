package org.dlnodes.knime.nodes.predictor;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** The Network Predictor node. */
public final class PredictorNodeFactory extends NodeFactory<PredictorNodeModel> {

    @Override
    public PredictorNodeModel createNodeModel() {
        return new PredictorNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<PredictorNodeModel> createNodeView(final int viewIndex, final PredictorNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views.");
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new PredictorNodeDialog();
    }
}
