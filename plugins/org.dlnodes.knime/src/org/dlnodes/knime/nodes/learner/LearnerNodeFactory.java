package org.dlnodes.knime.nodes.learner;

import org.dlnodes.knime.data.TableNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** The Network Learner node. */
public final class LearnerNodeFactory extends TableNodeFactory<LearnerNodeModel> {

    @Override
    public LearnerNodeModel createNodeModel() {
        return new LearnerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new LearnerNodeDialog();
    }
}
