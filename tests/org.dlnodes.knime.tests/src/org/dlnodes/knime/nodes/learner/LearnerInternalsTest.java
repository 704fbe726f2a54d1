package org.dlnodes.knime.nodes.learner;

import static org.dlnodes.knime.data.TestTables.blobs;
import static org.dlnodes.knime.data.TestTables.classifier;
import static org.dlnodes.knime.data.TestTables.withSettings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import org.dlnodes.engine.spec.LossType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knime.core.node.ExecutionMonitor;

/** The Learner's view data is saved with the node's internals, so that a reopened workflow shows the curves. */
class LearnerInternalsTest {

    /** The node-internals directory, as the workflow manager gives one per node. */
    private File m_dir;

    @BeforeEach
    void createDir() throws IOException {
        m_dir = Files.createTempDirectory("learner-internals").toFile();
    }

    @AfterEach
    void deleteDir() {
        final File[] files = m_dir.listFiles();
        for (final File file : files == null ? new File[0] : files) {
            file.delete();
        }
        m_dir.delete();
    }

    @Test
    void theViewShowsTheSameCurvesAfterSavingAndLoadingTheInternals() throws Exception {
        final LearnerNodeModel executed =
            withSettings(new LearnerNodeFactory().createNodeModel(), s -> s.addInt("epochs", 3));
        LearnerNodeModelTest.train(executed, classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY), blobs(60, 8));
        executed.saveInternals(m_dir, new ExecutionMonitor());

        final LearnerNodeModel reopened = new LearnerNodeFactory().createNodeModel();
        reopened.loadInternals(m_dir, new ExecutionMonitor());
        assertEquals(3, reopened.finishedEpochs().size());
        assertEquals(executed.finishedEpochs(), reopened.finishedEpochs());
        final Map<String, double[]> before = LearningCurveView.curves(executed.finishedEpochs());
        final Map<String, double[]> after = LearningCurveView.curves(reopened.finishedEpochs());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, values) -> assertArrayEquals(values, after.get(name), name));
    }

    @Test
    void aNodeSavedBeforeTheCurvesWereOpensWithAnEmptyView() throws Exception {
        final LearnerNodeModel reopened = new LearnerNodeFactory().createNodeModel();
        reopened.loadInternals(m_dir, new ExecutionMonitor());
        assertTrue(reopened.finishedEpochs().isEmpty());
    }

    @Test
    void curvesOfANewerFormatAreRejectedWithAClearMessage() throws IOException {
        try (DataOutputStream out =
            new DataOutputStream(new FileOutputStream(new File(m_dir, EpochsFile.NAME)))) {
            out.writeInt(EpochsFile.VERSION + 1);
        }
        final LearnerNodeModel reopened = new LearnerNodeFactory().createNodeModel();
        final IOException e =
            assertThrows(IOException.class, () -> reopened.loadInternals(m_dir, new ExecutionMonitor()));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
    }
}
