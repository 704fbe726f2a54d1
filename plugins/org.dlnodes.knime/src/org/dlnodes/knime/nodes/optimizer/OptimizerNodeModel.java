package org.dlnodes.knime.nodes.optimizer;

import org.dlnodes.knime.nodes.NetworkBuilderNodeModel;

/** Sets the optimizer, gradient clipping and learning-rate schedule of the incoming network. */
public final class OptimizerNodeModel extends NetworkBuilderNodeModel {

    OptimizerNodeModel() {
        super(false, new OptimizerSettings());
    }
}
