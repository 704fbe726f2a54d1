package org.dlnodes.knime.nodes.scorer;

import org.dlnodes.knime.data.TableNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** The Network Scorer node. */
public final class ScorerNodeFactory extends TableNodeFactory<ScorerNodeModel> {

    @Override
    public ScorerNodeModel createNodeModel() {
        return new ScorerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ScorerNodeDialog();
    }
}
