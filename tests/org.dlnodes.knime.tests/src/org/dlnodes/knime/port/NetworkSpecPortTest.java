package org.dlnodes.knime.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;

import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortUtil;

/** The Network Spec port: saved and loaded with the workflow, shown as a model.summary()-like table. */
class NetworkSpecPortTest {

    /** Keras: Dense(16) on 4 inputs 80, BatchNorm 32 + 32 running, Dropout 0, Dense(3) 51; 163 trainable. */
    private static NetworkSpec classifier(final int inputs) {
        return NetworkSpec.builder().input(inputs).dense(16, ActivationType.RELU).batchNorm().dropout(0.2)
            .dense(3, ActivationType.SOFTMAX).loss(LossType.CATEGORICAL_CROSS_ENTROPY).build();
    }

    @Test
    void portObjectAndSpecRoundTripThroughTheirSerializers() throws Exception {
        final NetworkSpecPortObject object = new NetworkSpecPortObject(classifier(4));

        final ByteArrayOutputStream specBytes = new ByteArrayOutputStream();
        try (PortObjectSpecZipOutputStream out = PortUtil.getPortObjectSpecZipOutputStream(specBytes)) {
            new NetworkSpecPortObjectSpec.Serializer().savePortObjectSpec(object.getSpec(), out);
        }
        final NetworkSpecPortObjectSpec spec;
        try (PortObjectSpecZipInputStream in =
            PortUtil.getPortObjectSpecZipInputStream(new ByteArrayInputStream(specBytes.toByteArray()))) {
            spec = new NetworkSpecPortObjectSpec.Serializer().loadPortObjectSpec(in);
        }
        assertEquals(object.getSpec(), spec);

        final ByteArrayOutputStream objectBytes = new ByteArrayOutputStream();
        try (PortObjectZipOutputStream out = PortUtil.getPortObjectZipOutputStream(objectBytes)) {
            new NetworkSpecPortObject.Serializer().savePortObject(object, out, new ExecutionMonitor());
        }
        final NetworkSpecPortObject loaded;
        try (PortObjectZipInputStream in =
            PortUtil.getPortObjectZipInputStream(new ByteArrayInputStream(objectBytes.toByteArray()))) {
            loaded = new NetworkSpecPortObject.Serializer().loadPortObject(in, spec, new ExecutionMonitor());
        }
        assertEquals(object, loaded);
        assertEquals(classifier(4), loaded.network());
        assertNotEquals(object, new NetworkSpecPortObject(classifier(5)));
    }

    @Test
    void contentOfANewerExtensionIsRejectedWithTheFix() {
        final ModelContent content = new ModelContent("model");
        NetworkSpecPortObjectSpec.saveNetwork(classifier(4), content);
        content.addInt(NetworkSpecPortObjectSpec.KEY_VERSION, NetworkSpecPortObjectSpec.CONTENT_VERSION + 1);
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NetworkSpecPortObjectSpec.loadNetwork(content));
        assertTrue(e.getMessage().contains("newer version") && e.getMessage().contains("update"), e.getMessage());
    }

    @Test
    void summaryListsLayersLikeKerasModelSummary() {
        final SummaryTable summary = SummaryTable.of(classifier(4));
        assertEquals(List.of(
            new SummaryTable.Row("input", "Input", "4", "", ""),
            new SummaryTable.Row("dense_1", "Dense", "16", "relu", "80"),
            new SummaryTable.Row("batch_norm_1", "BatchNorm", "16", "", "64"),
            new SummaryTable.Row("dropout_1", "Dropout", "16", "", "0"),
            new SummaryTable.Row("dense_2", "Dense", "3", "softmax", "51")), summary.rows());
        assertEquals("163", summary.trainableParameters());
        assertEquals("Network of 4 layers, trainable parameters: 163",
            new NetworkSpecPortObject(classifier(4)).getSummary());
    }

    @Test
    void sizesThatDependOnTheDataReadFromData() {
        final SummaryTable summary = SummaryTable.of(classifier(NetworkSpec.INFERRED));
        assertEquals(List.of("from data", "16", "16", "16", "3"),
            summary.rows().stream().map(SummaryTable.Row::outputSize).toList());
        assertEquals(List.of("", "from data", "64", "0", "51"),
            summary.rows().stream().map(SummaryTable.Row::parameters).toList());
        assertEquals(SummaryTable.FROM_DATA, summary.trainableParameters());
    }

    @Test
    void aPartialNetworkRoundTripsAndSaysWhatIsMissing() throws Exception {
        final NetworkSpec partial = NetworkSpec.builder().input(4).dense(8, ActivationType.RELU).dropout(0.5)
            .optimizer(null).build();
        final NetworkSpecPortObject object = new NetworkSpecPortObject(partial);
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PortObjectZipOutputStream out = PortUtil.getPortObjectZipOutputStream(bytes)) {
            new NetworkSpecPortObject.Serializer().savePortObject(object, out, new ExecutionMonitor());
        }
        try (PortObjectZipInputStream in =
            PortUtil.getPortObjectZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(partial, new NetworkSpecPortObject.Serializer()
                .loadPortObject(in, object.getSpec(), new ExecutionMonitor()).network());
        }
        final SummaryTable summary = SummaryTable.of(partial);
        assertEquals("40", summary.trainableParameters());
        assertTrue(summary.loss().contains("add a Loss node"), summary.loss());
        assertTrue(summary.optimizer().contains("add an Optimizer node"), summary.optimizer());
        assertEquals("Network of 0 layers, trainable parameters: 0",
            new NetworkSpecPortObject(NetworkSpec.builder().input(3).optimizer(null).build()).getSummary());
    }

    @Test
    void thePortViewShowsTheSummaryRows() {
        final JComponent[] views = new NetworkSpecPortObject(classifier(4)).getViews();
        assertEquals(1, views.length);
        assertEquals("Network Summary", views[0].getName());
        final JTable table = (JTable)((JScrollPane)views[0].getComponent(0)).getViewport().getView();
        assertEquals(5, table.getRowCount());
        assertEquals(SummaryTable.COLUMNS.get(4), table.getColumnName(4));
        assertEquals("51", table.getValueAt(4, 4));
    }
}
