package org.dlnodes.knime.nodes.predictor;

import org.dlnodes.knime.data.TableNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** The Network Predictor node. */
public final class PredictorNodeFactory extends TableNodeFactory<PredictorNodeModel> {

    @Override
    public PredictorNodeModel createNodeModel() {
        return new PredictorNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new PredictorNodeDialog();
    }
}
