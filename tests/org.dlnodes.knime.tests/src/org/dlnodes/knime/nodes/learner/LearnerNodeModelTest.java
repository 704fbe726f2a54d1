package org.dlnodes.knime.nodes.learner;

import static org.dlnodes.knime.data.TestTables.blobs;
import static org.dlnodes.knime.data.TestTables.blobsSpec;
import static org.dlnodes.knime.data.TestTables.classifier;
import static org.dlnodes.knime.data.TestTables.exec;
import static org.dlnodes.knime.data.TestTables.missing;
import static org.dlnodes.knime.data.TestTables.nominal;
import static org.dlnodes.knime.data.TestTables.number;
import static org.dlnodes.knime.data.TestTables.table;
import static org.dlnodes.knime.data.TestTables.withCell;
import static org.dlnodes.knime.data.TestTables.withSettings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.swing.SwingUtilities;

import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.knime.data.DialogCheck;
import org.dlnodes.knime.port.NetworkSpecPortObject;
import org.dlnodes.knime.port.NetworkSpecPortObjectSpec;
import org.dlnodes.knime.port.model.TrainedModelPortObject;
import org.dlnodes.knime.port.model.TrainedModelPortObjectSpec;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** The Network Learner through configure and execute, on separable blobs and on bad inputs. */
class LearnerNodeModelTest {

    /** The node's last warning, as KNIME's node container hears it. */
    private final String[] m_warning = new String[1];

    LearnerNodeModel learner(final Consumer<NodeSettings> change) throws InvalidSettingsException {
        return listened(withSettings(new LearnerNodeFactory().createNodeModel(), change));
    }

    /** @return a Learner that streams every table, as it does tables larger than a quarter of the heap */
    LearnerNodeModel streamingLearner(final Consumer<NodeSettings> change) throws InvalidSettingsException {
        return listened(withSettings(new LearnerNodeModel(0), change));
    }

    private LearnerNodeModel listened(final LearnerNodeModel model) {
        model.addWarningListener(w -> m_warning[0] = w);
        return model;
    }

    static PortObjectSpec[] configure(final LearnerNodeModel model, final NetworkSpec network,
        final DataTableSpec table) throws InvalidSettingsException {
        return model.configure(new PortObjectSpec[]{new NetworkSpecPortObjectSpec(network), table, null});
    }

    static PortObject[] train(final LearnerNodeModel model, final NetworkSpec network, final BufferedDataTable table)
        throws Exception {
        configure(model, network, table.getDataTableSpec());
        return model.execute(new PortObject[]{new NetworkSpecPortObject(network), table, null}, exec());
    }

    private static double last(final BufferedDataTable curve, final String column) {
        final int index = curve.getDataTableSpec().findColumnIndex(column);
        double value = Double.NaN;
        for (final DataRow row : curve) {
            value = ((DoubleValue)row.getCell(index)).getDoubleValue();
        }
        return value;
    }

    @Test
    void trainsAClassifierAndOutputsTheModelAndTheLearningCurve() throws Exception {
        final LearnerNodeModel model = learner(s -> s.addInt("epochs", 15));
        final NetworkSpec network = classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY);
        final PortObjectSpec[] specs = configure(model, network, blobsSpec());
        final TrainedModelPortObjectSpec modelSpec = (TrainedModelPortObjectSpec)specs[0];
        assertEquals(List.of("x1", "x2", "x3", "x4"), modelSpec.featureColumns());
        assertEquals(List.of("class"), modelSpec.targetColumns());
        assertEquals(List.of("a", "b"), modelSpec.classLabels());
        assertEquals(4, modelSpec.network().inputFeatures());
        assertArrayEquals(new String[]{"epoch", "loss", "accuracy", "val_loss", "val_accuracy", "learning_rate",
            "seconds"}, ((DataTableSpec)specs[1]).getColumnNames());

        final PortObject[] out = train(model, network, blobs(200, 1));
        final BufferedDataTable curve = (BufferedDataTable)out[1];
        assertEquals(15, curve.size());
        assertEquals(specs[1], curve.getDataTableSpec());
        assertTrue(last(curve, "val_accuracy") > 0.95, "val_accuracy " + last(curve, "val_accuracy"));
        assertTrue(last(curve, "loss") < 0.3, "loss " + last(curve, "loss"));
        final TrainedModelPortObject trained = (TrainedModelPortObject)out[0];
        assertEquals(modelSpec, trained.getSpec());
        assertEquals(List.of("a", "b"), trained.model().mapping().classLabels());
        assertEquals(4, trained.model().mapping().offsets().size(), "standardized by default");
        assertNull(m_warning[0]);
    }

    @Test
    void aStreamedTableIsShuffledAndHoldsOutItsValidationFraction() throws Exception {
        final Consumer<NodeSettings> settings = s -> s.addInt("epochs", 15);
        final NetworkSpec network = classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY);
        final BufferedDataTable streamed = (BufferedDataTable)train(streamingLearner(settings), network,
            blobs(200, 1))[1];
        assertNull(m_warning[0], "neither a validation table nor a warning about the row order");
        assertEquals(15, streamed.size());
        assertTrue(last(streamed, "val_accuracy") > 0.95, "val_accuracy " + last(streamed, "val_accuracy"));
        assertTrue(last(streamed, "loss") < 0.3, "loss " + last(streamed, "loss"));

        final BufferedDataTable inMemory = (BufferedDataTable)train(learner(settings), network, blobs(200, 1))[1];
        assertNotEquals(last(inMemory, "val_loss"), last(streamed, "val_loss"),
            "the stream holds out other rows than the stratified split in memory");
        final BufferedDataTable unshuffled = (BufferedDataTable)train(streamingLearner(settings.andThen(
            s -> s.addBoolean("shuffle", false))), network, blobs(200, 1))[1];
        assertNotEquals(last(unshuffled, "loss"), last(streamed, "loss"), "the stream is shuffled");
    }

    @Test
    void theViewShowsTheFinishedEpochsUntilReset() throws Exception {
        final LearnerNodeModel model = learner(s -> s.addInt("epochs", 4));
        train(model, classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY), blobs(60, 8));
        final LearningCurveView view = (LearningCurveView)new LearnerNodeFactory().createNodeView(0, model);
        view.modelChanged();
        SwingUtilities.invokeAndWait(() -> { }); // the panel is updated on the event thread
        final var panels = view.panel().panels();
        assertEquals(List.of("loss", "accuracy"), List.copyOf(panels.keySet()));
        assertEquals(List.of("accuracy", "val_accuracy"), List.copyOf(panels.get("accuracy").keySet()));
        assertEquals(4, panels.get("loss").get("val_loss").length);
        final BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        view.panel().setSize(600, 300);
        view.panel().paint(image.getGraphics());
        assertTrue(colored(image), "the curves are drawn");

        model.reset();
        view.modelChanged();
        SwingUtilities.invokeAndWait(() -> { });
        assertTrue(view.panel().panels().isEmpty());
    }

    /** @return whether a pixel has the color of a curve (neither gray nor white) */
    private static boolean colored(final BufferedImage image) {
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                final int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) != (rgb & 0xff)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theThreadSettingsReachNd4jOpenBlasAndTheWorkThreads() throws Exception {
        final int defaultBlasThreads = org.dlnodes.engine.train.ComputeSettings.defaults().blasThreads();
        final int defaultWorkThreads = org.dlnodes.engine.train.ComputeSettings.defaults().workThreads();
        try {
            train(learner(s -> {
                s.addInt("epochs", 1);
                s.addInt("blas_threads", defaultBlasThreads + 1);
                s.addInt("work_threads", defaultWorkThreads + 1);
            }), classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY), blobs(40, 9));
            assertEquals(defaultBlasThreads + 1, org.nd4j.linalg.factory.Nd4j.factory().blas().getMaxThreads());
            assertEquals(defaultWorkThreads + 1, org.dlnodes.engine.tensor.SharedWork.threads());
            train(learner(s -> s.addInt("epochs", 1)), classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY),
                blobs(40, 9));
            assertEquals(defaultBlasThreads, org.nd4j.linalg.factory.Nd4j.factory().blas().getMaxThreads(),
                "0 is the measured default");
            assertEquals(defaultWorkThreads, org.dlnodes.engine.tensor.SharedWork.threads());
        } finally {
            org.nd4j.linalg.factory.Nd4j.factory().blas().setMaxThreads(defaultBlasThreads);
        }
    }

    @Test
    void askingForTheGpuWithoutOneTrainsOnTheCpuAndWarns() throws Exception {
        final LearnerNodeModel model = learner(s -> {
            s.addInt("epochs", 1);
            s.addString("backend", "gpu");
        });
        final PortObject[] out = train(model, classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY), blobs(40, 9));
        assertEquals(1, ((BufferedDataTable)out[1]).size());
        assertTrue(m_warning[0].startsWith("The GPU backend was requested but ")
            && m_warning[0].contains("run on the CPU instead"), m_warning[0]);
    }

    @Test
    void earlyStoppingEndsTrainingAndTheWarningSaysWhy() throws Exception {
        final LearnerNodeModel model = learner(s -> {
            s.addInt("epochs", 50);
            s.addBoolean("early_stopping", true);
            s.addString("es_monitor", "loss");
            s.addDouble("es_min_delta", 10.0); // no epoch improves by 10: stops after patience 1
            s.addInt("es_patience", 1);
        });
        final PortObject[] out = train(model, classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY), blobs(60, 2));
        assertEquals(2, ((BufferedDataTable)out[1]).size());
        assertTrue(m_warning[0].startsWith("Early stopping at epoch 2"), m_warning[0]);
    }

    @Test
    void sparseAndBinaryTargetsTrainWithoutValidation() throws Exception {
        for (final NetworkSpec network : List.of(classifier(2, LossType.SPARSE_CATEGORICAL_CROSS_ENTROPY),
            classifier(1, LossType.BINARY_CROSS_ENTROPY))) {
            final LearnerNodeModel model = learner(s -> {
                s.addInt("epochs", 10);
                s.addDouble("validation_fraction", 0);
            });
            final PortObject[] out = train(model, network, blobs(100, 3));
            final BufferedDataTable curve = (BufferedDataTable)out[1];
            assertArrayEquals(new String[]{"epoch", "loss", "accuracy", "learning_rate", "seconds"},
                curve.getDataTableSpec().getColumnNames());
            assertTrue(last(curve, "accuracy") > 0.9, network.loss() + " accuracy " + last(curve, "accuracy"));
        }
    }

    @Test
    void configureNamesTheFixForAMismatchedNetwork() throws InvalidSettingsException {
        final LearnerNodeModel model = learner(s -> { });
        final String units = assertThrows(InvalidSettingsException.class,
            () -> configure(model, classifier(3, LossType.CATEGORICAL_CROSS_ENTROPY), blobsSpec())).getMessage();
        assertTrue(units.contains("has 3 units") && units.contains("set the units of the last Dense layer to 2"),
            units);
        final String input = assertThrows(InvalidSettingsException.class, () -> configure(model,
            classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY).withInputFeatures(7), blobsSpec())).getMessage();
        assertTrue(input.contains("expects 7 features but the selected feature columns give 4"), input);
        final LearnerNodeModel numeric = learner(s -> s.addString("target_column", "x4"));
        final String type = assertThrows(InvalidSettingsException.class,
            () -> configure(numeric, classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY), blobsSpec())).getMessage();
        assertTrue(type.contains("is not nominal"), type);
        final String untrainable = assertThrows(InvalidSettingsException.class, () -> configure(model,
            NetworkSpec.builder().dense(2, org.dlnodes.engine.spec.ActivationType.SOFTMAX).build(), blobsSpec()))
            .getMessage();
        assertTrue(untrainable.contains("no loss yet"), untrainable);
    }

    @Test
    void configureRejectsATableWithoutNumericFeaturesOrWithOneClass() throws InvalidSettingsException {
        final LearnerNodeModel model = learner(s -> { });
        final NetworkSpec network = classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY);
        final String features = assertThrows(InvalidSettingsException.class,
            () -> configure(model, network, new DataTableSpec(nominal("name", "x", "y"), nominal("class", "a", "b"))))
            .getMessage();
        assertTrue(features.contains("No numeric feature columns") && features.contains("has none"), features);
        final String oneClass = assertThrows(InvalidSettingsException.class,
            () -> configure(model, network, new DataTableSpec(number("x"), nominal("class", "a")))).getMessage();
        assertTrue(oneClass.contains("has only 1 class [a]"), oneClass);
    }

    @Test
    void emptyTableFailsWithTheFix() throws InvalidSettingsException {
        final LearnerNodeModel model = learner(s -> { });
        final Exception e = assertThrows(InvalidSettingsException.class, () -> train(model,
            classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY), table(blobsSpec(), new ArrayList<>())));
        assertTrue(e.getMessage().contains("training table is empty"), e.getMessage());
    }

    @Test
    void rowsWithMissingOrNaNValuesAreSkippedAndCountedOrFail() throws Exception {
        BufferedDataTable table = withCell(blobs(80, 4), 3, 0, missing());
        table = withCell(table, 10, 2, new DoubleCell(Double.NaN));
        table = withCell(table, 11, 4, missing());
        final LearnerNodeModel skipping = learner(s -> s.addInt("epochs", 2));
        final PortObject[] out = train(skipping, classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY), table);
        assertEquals(2, ((BufferedDataTable)out[1]).size());
        assertTrue(m_warning[0].startsWith("3 of 80 rows of the training table"),
            m_warning[0]);

        final LearnerNodeModel failing = learner(s -> s.addString("missing_values", "fail"));
        final BufferedDataTable bad = table;
        final Exception e = assertThrows(InvalidSettingsException.class,
            () -> train(failing, classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY), bad));
        assertTrue(e.getMessage().contains("3 of 80 rows") && e.getMessage().contains("Missing Value"),
            e.getMessage());
    }

    @Test
    void cancellingStopsWithinTheEpoch() throws Exception {
        final LearnerNodeModel model = learner(s -> {
            s.addInt("epochs", 100);
            s.addInt("batch_size", 4);
        });
        final NetworkSpec network = classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY);
        final BufferedDataTable table = blobs(100, 5);
        configure(model, network, table.getDataTableSpec());
        final List<String> messages = new ArrayList<>();
        final DefaultNodeProgressMonitor monitor = new DefaultNodeProgressMonitor() {
            @Override
            public void setProgress(final double progress, final String message) {
                super.setProgress(progress, message);
                messages.add(message);
                if (message.startsWith("Epoch 2/100, batch 3/")) {
                    setExecuteCanceled();
                }
            }
        };
        final CanceledExecutionException e = assertThrows(CanceledExecutionException.class, () -> model
            .execute(new PortObject[]{new NetworkSpecPortObject(network), table, null}, exec(monitor)));
        assertTrue(e.getMessage().contains("cancelled in epoch 2"), e.getMessage());
        assertTrue(messages.get(messages.size() - 1).startsWith("Epoch 2/100, batch 3/20, loss "),
            messages.get(messages.size() - 1));
    }

    @Test
    void aValidationTableIsValidatedOnWithTheTrainingStandardization() throws Exception {
        final LearnerNodeModel model = learner(s -> s.addInt("epochs", 8));
        final NetworkSpec network = classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY);
        final BufferedDataTable training = blobs(120, 13);
        // the validation table has its columns in another order: they are found by name
        final BufferedDataTable validation = reordered(blobs(40, 14));
        model.configure(new PortObjectSpec[]{new NetworkSpecPortObjectSpec(network), training.getDataTableSpec(),
            validation.getDataTableSpec()});
        final PortObject[] out = model.execute(
            new PortObject[]{new NetworkSpecPortObject(network), training, validation}, exec());
        final BufferedDataTable curve = (BufferedDataTable)out[1];
        assertEquals(8, curve.size());
        assertTrue(last(curve, "val_accuracy") > 0.95, "val_accuracy " + last(curve, "val_accuracy"));
    }

    /** @return the table with its columns in reverse order */
    private static BufferedDataTable reordered(final BufferedDataTable table) {
        final DataTableSpec spec = table.getDataTableSpec();
        final DataColumnSpec[] columns =
            new org.knime.core.data.DataColumnSpec[spec.getNumColumns()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = spec.getColumnSpec(columns.length - 1 - c);
        }
        final List<DataRow> rows = new ArrayList<>();
        for (final DataRow row : table) {
            final DataCell[] cells = new org.knime.core.data.DataCell[columns.length];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = row.getCell(cells.length - 1 - c);
            }
            rows.add(new DefaultRow(row.getKey(), cells));
        }
        return table(new DataTableSpec(columns), rows);
    }

    @Test
    void theDialogShowsEverySetting() throws Exception {
        final LearnerNodeModel model = learner(s -> {
            s.addString("target_column", "class");
            s.addBoolean("early_stopping", true);
            s.addInt("es_patience", 3);
        });
        DialogCheck.assertDialogSavesEverySetting(model,
            (DefaultNodeSettingsPane)new LearnerNodeFactory().createNodeDialogPane(), new PortObjectSpec[]{
                new NetworkSpecPortObjectSpec(classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY)), blobsSpec(), null});
    }

    @Test
    void aValidationTableMustHaveTheTrainingColumns() throws InvalidSettingsException {
        final LearnerNodeModel model = learner(s -> { });
        final Exception e = assertThrows(InvalidSettingsException.class, () -> model.configure(new PortObjectSpec[]{
            new NetworkSpecPortObjectSpec(classifier(2, LossType.CATEGORICAL_CROSS_ENTROPY)), blobsSpec(),
            new DataTableSpec(number("x1"), number("x2"), number("x3"), nominal("class", "a", "b"))}));
        assertTrue(e.getMessage().contains("'x4'"), e.getMessage());
    }
}
