package org.dlnodes.knime.port.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.dlnodes.engine.model.TrainedModel;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * The Trained Model port: the engine's trained model (network, learnt arrays, optimizer state, data mapping), saved
 * with the workflow as one zip entry holding a content version and the engine's model file (MODEL_FORMAT.md).
 */
public final class TrainedModelPortObject extends AbstractPortObject {

    /** Saves and loads the port object with the workflow; registered in plugin.xml. */
    public static final class Serializer extends AbstractPortObjectSerializer<TrainedModelPortObject> {
    }

    /** The port type, registered in plugin.xml. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(TrainedModelPortObject.class);

    static final String ENTRY = "trained_model";

    /** The version of the entry's layout (an int, then the engine's file), raised when it changes. */
    static final int CONTENT_VERSION = 1;

    private TrainedModelPortObjectSpec m_spec;

    private TrainedModel m_model;

    /** For the serializer only. */
    public TrainedModelPortObject() {
    }

    /**
     * @param spec what the model is
     * @param model the trained model
     */
    public TrainedModelPortObject(final TrainedModelPortObjectSpec spec, final TrainedModel model) {
        m_spec = spec;
        m_model = model;
    }

    /** @return the trained model */
    public TrainedModel model() {
        return m_model;
    }

    @Override
    public TrainedModelPortObjectSpec getSpec() {
        return m_spec;
    }

    @Override
    public String getSummary() {
        final int inputs = m_spec.featureColumns().size();
        return m_spec.isClassifier()
            ? "Classifier of " + m_spec.targetColumns() + " " + m_spec.classLabels() + " from " + inputs + " features"
            : "Regression of " + m_spec.targetColumns() + " from " + inputs + " features";
    }

    @Override
    protected void save(final PortObjectZipOutputStream out, final ExecutionMonitor exec) throws IOException {
        out.putNextEntry(new ZipEntry(ENTRY));
        final DataOutputStream data = new DataOutputStream(out);
        data.writeInt(CONTENT_VERSION);
        data.flush();
        m_model.save(out);
        out.closeEntry();
    }

    @Override
    protected void load(final PortObjectZipInputStream in, final PortObjectSpec spec, final ExecutionMonitor exec)
        throws IOException {
        ZipEntry entry = in.getNextEntry();
        while (entry != null && !ENTRY.equals(entry.getName())) {
            entry = in.getNextEntry();
        }
        if (entry == null) {
            throw new IOException("The saved port holds no trained model (entry '" + ENTRY + "' is missing).");
        }
        final int version = new DataInputStream(in).readInt();
        if (version > CONTENT_VERSION) {
            throw new IOException("The trained model was saved by a newer version of the Deep Learning Nodes"
                + " (content version " + version + "); update the extension to open it.");
        }
        m_model = TrainedModel.load(in); // a ModelFormatException (an IOException) says what is wrong
        m_spec = (TrainedModelPortObjectSpec)spec;
    }

    @Override
    public JComponent[] getViews() {
        return m_spec.getViews();
    }
}
