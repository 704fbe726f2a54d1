package org.dlnodes.knime.nodes.learner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dlnodes.engine.train.EpochLog;

/**
 * The Learner's finished epochs in its node-internals directory, so that its view shows the learning curves of an
 * executed node after the workflow is reopened. The file starts with a format version, raised when its layout
 * changes.
 */
final class EpochsFile {

    static final String NAME = "learning_curves.bin";

    static final int VERSION = 1;

    private EpochsFile() {
    }

    /**
     * @param epochs the finished epochs, in order
     * @param dir the node-internals directory
     * @throws IOException if the file cannot be written
     */
    static void save(final List<EpochLog> epochs, final File dir) throws IOException {
        try (DataOutputStream out =
            new DataOutputStream(new BufferedOutputStream(new FileOutputStream(new File(dir, NAME))))) {
            out.writeInt(VERSION);
            out.writeInt(epochs.size());
            for (final EpochLog log : epochs) {
                out.writeInt(log.epoch());
                out.writeDouble(log.learningRate());
                out.writeDouble(log.seconds());
                out.writeInt(log.metrics().size());
                for (final Map.Entry<String, Double> metric : log.metrics().entrySet()) {
                    out.writeUTF(metric.getKey());
                    out.writeDouble(metric.getValue());
                }
            }
        }
    }

    /**
     * @param dir the node-internals directory
     * @return the saved epochs; none if the node was saved before the curves were (no file)
     * @throws IOException if the file cannot be read or is of a newer format
     */
    static List<EpochLog> load(final File dir) throws IOException {
        final File file = new File(dir, NAME);
        if (!file.isFile()) {
            return List.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(file)))) {
            final int version = in.readInt();
            if (version > VERSION) {
                throw new IOException("The learning curves were saved by a newer version of the Deep Learning Nodes"
                    + " (format " + version + "); update the extension to show them.");
            }
            final int count = in.readInt();
            final List<EpochLog> epochs = new ArrayList<>(count);
            for (int e = 0; e < count; e++) {
                final int epoch = in.readInt();
                final double learningRate = in.readDouble();
                final double seconds = in.readDouble();
                final int metricCount = in.readInt();
                final Map<String, Double> metrics = new LinkedHashMap<>();
                for (int m = 0; m < metricCount; m++) {
                    metrics.put(in.readUTF(), in.readDouble());
                }
                epochs.add(new EpochLog(epoch, metrics, learningRate, seconds));
            }
            return epochs;
        }
    }
}
