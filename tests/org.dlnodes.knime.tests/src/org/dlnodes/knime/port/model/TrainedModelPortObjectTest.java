package org.dlnodes.knime.port.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;

import org.dlnodes.knime.nodes.learner.TrainedModels;
import org.junit.jupiter.api.Test;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortUtil;

/** The Trained Model port saves and loads the spec and the engine's model with the workflow, versioned. */
class TrainedModelPortObjectTest {

    @Test
    void specAndModelSurviveSavingAndLoading() throws Exception {
        final TrainedModelPortObject object = TrainedModels.blobsClassifier();
        final ByteArrayOutputStream specBytes = new ByteArrayOutputStream();
        try (PortObjectSpecZipOutputStream out = PortUtil.getPortObjectSpecZipOutputStream(specBytes)) {
            new TrainedModelPortObjectSpec.Serializer().savePortObjectSpec(object.getSpec(), out);
        }
        final TrainedModelPortObjectSpec spec;
        try (PortObjectSpecZipInputStream in =
            PortUtil.getPortObjectSpecZipInputStream(new ByteArrayInputStream(specBytes.toByteArray()))) {
            spec = new TrainedModelPortObjectSpec.Serializer().loadPortObjectSpec(in);
        }
        assertEquals(object.getSpec(), spec);

        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PortObjectZipOutputStream out = PortUtil.getPortObjectZipOutputStream(bytes)) {
            new TrainedModelPortObject.Serializer().savePortObject(object, out, new ExecutionMonitor());
        }
        final TrainedModelPortObject loaded;
        try (PortObjectZipInputStream in = PortUtil.getPortObjectZipInputStream(
            new ByteArrayInputStream(bytes.toByteArray()))) {
            loaded = new TrainedModelPortObject.Serializer().loadPortObject(in, spec, new ExecutionMonitor());
        }
        assertEquals(object.model().spec(), loaded.model().spec());
        assertEquals(object.model().mapping(), loaded.model().mapping());
        object.model().arrays().forEach((name, array) -> assertEquals(array, loaded.model().arrays().get(name)));
        assertEquals(object.getSummary(), loaded.getSummary());
    }

    @Test
    void contentOfANewerVersionIsRejectedWithAClearMessage() throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PortObjectZipOutputStream out = PortUtil.getPortObjectZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(TrainedModelPortObject.ENTRY));
            new DataOutputStream(out).writeInt(TrainedModelPortObject.CONTENT_VERSION + 1);
        }
        final IOException e = assertThrows(IOException.class, () -> {
            try (PortObjectZipInputStream in = PortUtil.getPortObjectZipInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
                new TrainedModelPortObject.Serializer().loadPortObject(in, null, new ExecutionMonitor());
            }
        });
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
    }
}
