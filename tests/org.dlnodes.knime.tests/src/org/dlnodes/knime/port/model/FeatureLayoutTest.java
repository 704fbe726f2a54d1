package org.dlnodes.knime.port.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.dlnodes.engine.spec.LossType;
import org.dlnodes.knime.data.FeatureColumn;
import org.dlnodes.knime.data.FeatureColumn.Kind;
import org.dlnodes.knime.data.TestTables;
import org.dlnodes.knime.nodes.learner.TrainedModels;
import org.junit.jupiter.api.Test;
import org.knime.core.node.ModelContent;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;
import org.knime.core.node.port.PortUtil;

/** The Trained Model port keeps the feature layout (kinds and widths) with the workflow, and reads older models. */
class FeatureLayoutTest {

    @Test
    void theLayoutOfListAndVectorColumnsSurvivesSavingAndLoading() throws Exception {
        final TrainedModelPortObjectSpec spec = TrainedModels.collectionsClassifier().getSpec();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PortObjectSpecZipOutputStream out = PortUtil.getPortObjectSpecZipOutputStream(bytes)) {
            new TrainedModelPortObjectSpec.Serializer().savePortObjectSpec(spec, out);
        }
        final TrainedModelPortObjectSpec loaded;
        try (PortObjectSpecZipInputStream in =
            PortUtil.getPortObjectSpecZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            loaded = new TrainedModelPortObjectSpec.Serializer().loadPortObjectSpec(in);
        }
        assertEquals(List.of(new FeatureColumn("list", Kind.COLLECTION, 2), new FeatureColumn("vector", Kind.VECTOR,
            3), new FeatureColumn("x", Kind.NUMBER, 1)), loaded.featureLayout());
        assertEquals(spec, loaded);
    }

    @Test
    void aModelOfContentVersion1HasNumericFeatures() throws Exception {
        final ModelContent content = new ModelContent("spec");
        content.addInt("content_version", 1);
        content.addString("network_json",
            TestTables.classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY).withInputFeatures(2).toJson());
        content.addStringArray("feature_columns", "x1", "x2");
        content.addStringArray("target_columns", "class");
        content.addStringArray("class_labels", "a", "b");
        final TrainedModelPortObjectSpec spec = new TrainedModelPortObjectSpec();
        spec.load(content);
        assertEquals(List.of(new FeatureColumn("x1", Kind.NUMBER, 1), new FeatureColumn("x2", Kind.NUMBER, 1)),
            spec.featureLayout());
        assertEquals(List.of("x1", "x2"), spec.featureColumns());
    }
}
