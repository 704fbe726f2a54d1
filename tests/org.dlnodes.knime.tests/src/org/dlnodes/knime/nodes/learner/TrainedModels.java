package org.dlnodes.knime.nodes.learner;

import static org.dlnodes.knime.data.TestTables.blobs;
import static org.dlnodes.knime.data.TestTables.classifier;
import static org.dlnodes.knime.data.TestTables.exec;
import static org.dlnodes.knime.data.TestTables.withSettings;

import org.dlnodes.engine.spec.LossType;
import org.dlnodes.knime.port.NetworkSpecPortObject;
import org.dlnodes.knime.port.NetworkSpecPortObjectSpec;
import org.dlnodes.knime.port.model.TrainedModelPortObject;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** Models trained by the Learner node, for the Predictor's and Scorer's tests. */
public final class TrainedModels {

    private TrainedModels() {
    }

    /** @return a classifier of the blobs' classes "a"/"b" from x1..x4, trained 15 epochs */
    public static TrainedModelPortObject blobsClassifier() throws Exception {
        final LearnerNodeModel model =
            withSettings(new LearnerNodeFactory().createNodeModel(), s -> s.addInt("epochs", 15));
        final var network = classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY);
        final var table = blobs(200, 7);
        model.configure(new PortObjectSpec[]{new NetworkSpecPortObjectSpec(network), table.getDataTableSpec(), null});
        return (TrainedModelPortObject)model.execute(new PortObject[]{new NetworkSpecPortObject(network), table, null},
            exec())[0];
    }
}
