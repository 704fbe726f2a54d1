package org.dlnodes.knime.nodes.learner;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dlnodes.engine.data.DataSource;
import org.dlnodes.engine.data.HashSplit;
import org.dlnodes.engine.data.InMemoryDataSource;
import org.dlnodes.engine.data.Split;
import org.dlnodes.engine.model.DataMapping;
import org.dlnodes.engine.model.TrainedModel;
import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.spec.OutputKind;
import org.dlnodes.engine.train.EpochLog;
import org.dlnodes.engine.train.StopReason;
import org.dlnodes.engine.train.Trainer;
import org.dlnodes.engine.train.TrainingResult;
import org.dlnodes.knime.backend.ComputeStart;
import org.dlnodes.knime.data.FeatureColumns;
import org.dlnodes.knime.data.RowConverter;
import org.dlnodes.knime.data.TableCopy;
import org.dlnodes.knime.data.TableDataSource;
import org.dlnodes.knime.data.TableNodeModel;
import org.dlnodes.knime.data.TableScan;
import org.dlnodes.knime.port.NetworkSpecPortObject;
import org.dlnodes.knime.port.model.TrainedModelPortObject;
import org.dlnodes.knime.port.model.TrainedModelPortObjectSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * The Network Learner: trains the incoming network on a table with the engine's trainer, reading the table through
 * the engine's streaming data source, and outputs the trained model and the learning curve.
 */
final class LearnerNodeModel extends TableNodeModel {

    /** The share of the Java heap a training table may take in memory; larger tables are streamed. */
    private static final int IN_MEMORY_HEAP_DIVISOR = 4;

    private final LearnerSettings m_settings;

    /** The most memory a training table may take when read into memory; larger tables are streamed. */
    private final long m_inMemoryBytes;

    /** The epochs of the current or last training, for the view; saved with the node's internals. */
    private final List<EpochLog> m_finishedEpochs = new CopyOnWriteArrayList<>();

    LearnerNodeModel() {
        this(Runtime.getRuntime().maxMemory() / IN_MEMORY_HEAP_DIVISOR);
    }

    /** @param inMemoryBytes the most memory a training table may take in memory; larger tables are streamed */
    LearnerNodeModel(final long inMemoryBytes) {
        this(new LearnerSettings(), inMemoryBytes);
    }

    private LearnerNodeModel(final LearnerSettings settings, final long inMemoryBytes) {
        super(new PortType[]{NetworkSpecPortObject.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[]{TrainedModelPortObject.TYPE, BufferedDataTable.TYPE}, settings);
        m_settings = settings;
        m_inMemoryBytes = inMemoryBytes;
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec training = (DataTableSpec)inSpecs[1];
        final TrainingLayout layout = TrainingLayout.of(inSpecs[0], training, m_settings);
        final boolean validation = hasValidation(inSpecs[2] != null);
        if (inSpecs[2] != null) {
            layout.checkValidation((DataTableSpec)inSpecs[2], training);
        }
        checkMonitors(layout, validation);
        m_settings.training(); // rejects settings the engine rejects, before execution
        return new PortObjectSpec[]{layout.modelSpec(),
            LearningCurve.spec(layout.network().outputKind(), validation)};
    }

    private boolean hasValidation(final boolean validationTable) {
        return validationTable || m_settings.validationFraction().getDoubleValue() > 0;
    }

    private void checkMonitors(final TrainingLayout layout, final boolean validation)
        throws InvalidSettingsException {
        final List<String> reported = LearningCurve.metrics(layout.network().outputKind(), validation);
        for (final String monitor : m_settings.monitoredMetrics()) {
            if (!reported.contains(monitor)) {
                throw new InvalidSettingsException("Training will report " + reported + " but '" + monitor
                    + "' is monitored" + (monitor.startsWith("val_") && !validation
                        ? "; connect a validation table or set a validation fraction above 0." : "; monitor one of"
                            + " the reported metrics."));
            }
        }
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable trainingTable = (BufferedDataTable)inObjects[1];
        final BufferedDataTable validationTable = (BufferedDataTable)inObjects[2];
        if (trainingTable.size() == 0) {
            throw new InvalidSettingsException("The training table is empty; connect a table with rows.");
        }
        final TrainingLayout layout = TrainingLayout.of(inObjects[0].getSpec(), trainingTable.getDataTableSpec(),
            m_settings).measured(trainingTable);
        final List<String> warnings = new ArrayList<>();
        final ComputeStart compute = ComputeStart.start(m_settings.backend().getStringValue(),
            m_settings.threads().getIntValue(), m_settings.blasThreads().getIntValue(),
            m_settings.workThreads().getIntValue());
        warnings.addAll(compute.warnings());

        final TrainingData data = readData(layout, trainingTable, validationTable, warnings, exec);
        final Network network = Network.create(layout.network(), m_settings.seed().getIntValue());
        m_finishedEpochs.clear();
        final int epochs = m_settings.epochs().getIntValue();
        final TrainingResult result = new Trainer(m_settings.training()).fit(network, data.training(),
            data.validation(), new ProgressListener(exec, epochs, log -> {
                m_finishedEpochs.add(log);
                notifyViews(log);
            }));
        final StopReason stop = result.history().stopReason();
        switch (stop.kind()) {
            case CANCELLED -> throw new CanceledExecutionException(stop.message());
            case NOT_FINITE_LOSS -> {
                if (m_settings.terminateOnNaN().getBooleanValue()) {
                    throw new IllegalStateException(stop.message() + " Lower the learning rate (Optimizer node),"
                        + " standardize the features, or clip gradients; untick 'Terminate on NaN' to keep the"
                        + " weights from before that batch.");
                }
                warnings.add(stop.message());
            }
            case EARLY_STOPPING -> warnings.add(stop.message());
            default -> {
                // all epochs trained: nothing to report
            }
        }
        final DataMapping mapping = new DataMapping(layout.features().inputNames(), layout.target().classLabels(),
            data.offsets(), data.scales());
        final TrainedModel model = TrainedModel.of(network, result, mapping);
        setWarningMessage(warnings.isEmpty() ? null : String.join("\n", warnings));
        final TrainedModelPortObjectSpec spec = layout.modelSpec();
        return new PortObject[]{new TrainedModelPortObject(spec, model), LearningCurve.table(result.history(),
            layout.network().outputKind(), data.validation() != null, exec)};
    }

    /**
     * The rows to train and validate on, as the engine reads them.
     *
     * @param training the training rows
     * @param validation the validation rows, null for none
     * @param offsets the standardization's offsets (the training means), null when not standardized
     * @param scales the standardization's scales (the training deviations), null when not standardized
     */
    private record TrainingData(DataSource training, DataSource validation, List<Double> offsets,
        List<Double> scales) {

        /** @return the sources, with the scan's statistics as the standardization when it is on */
        static TrainingData of(final DataSource training, final DataSource validation, final boolean standardize,
            final TableScan scan) {
            return new TrainingData(training, validation, standardize ? doubles(scan.means()) : null,
                standardize ? doubles(scan.deviations()) : null);
        }
    }

    /**
     * Reads the tables: those whose rows fit a quarter of the heap are copied into memory in one pass (which also
     * counts the unusable rows and computes the standardization's statistics), so that training can shuffle them
     * fully and hold out a stratified validation fraction; larger ones are scanned once and then streamed through the
     * engine's data source from their start every epoch: the trainer shuffles them within its shuffle buffer, and a
     * validation fraction is held out row by row by a seeded hash of the row's position (random, not stratified).
     */
    private TrainingData readData(final TrainingLayout layout, final BufferedDataTable trainingTable,
        final BufferedDataTable validationTable, final List<String> warnings, final ExecutionContext exec)
        throws InvalidSettingsException, CanceledExecutionException {
        exec.setMessage("Reading the training table");
        final RowConverter raw = new RowConverter(layout.features(), layout.targetIndices(), layout.target(), null,
            null);
        final RowConverter validationRaw =
            validationTable == null ? null : validationConverter(layout, validationTable, raw);
        final boolean classifier = layout.network().outputKind() == OutputKind.CLASSES;
        return TableCopy.fits(trainingTable, raw, m_inMemoryBytes)
            ? copied(trainingTable, validationTable, raw, validationRaw, classifier, warnings, exec)
            : streamed(trainingTable, validationTable, raw, validationRaw, warnings, exec);
    }

    private TrainingData copied(final BufferedDataTable trainingTable, final BufferedDataTable validationTable,
        final RowConverter raw, final RowConverter validationRaw, final boolean classifier,
        final List<String> warnings, final ExecutionContext exec)
        throws InvalidSettingsException, CanceledExecutionException {
        final boolean standardize = m_settings.standardize().getBooleanValue();
        final TableCopy copy = TableCopy.of(trainingTable, raw, standardize, exec);
        final TableScan scan = copy.scan();
        checkUsable("training", trainingTable.size(), scan, warnings);
        final InMemoryDataSource rows = (standardize ? copy.standardize(scan.means(), scan.deviations()) : copy)
            .source();
        DataSource training = rows;
        DataSource validation = null;
        if (validationTable != null) {
            final TableCopy validationCopy = TableCopy.of(validationTable, validationRaw, false, exec);
            checkUsable("validation", validationTable.size(), validationCopy.scan(), warnings);
            validation = (standardize ? validationCopy.standardize(scan.means(), scan.deviations())
                : validationCopy).source();
        } else if (m_settings.validationFraction().getDoubleValue() > 0) {
            final Split split = rows.split(m_settings.validationFraction().getDoubleValue(),
                m_settings.seed().getIntValue(), classifier);
            training = split.training();
            validation = split.validation();
        }
        return TrainingData.of(training, validation, standardize, scan);
    }

    private TrainingData streamed(final BufferedDataTable trainingTable, final BufferedDataTable validationTable,
        final RowConverter raw, final RowConverter validationRaw, final List<String> warnings,
        final ExecutionContext exec) throws InvalidSettingsException, CanceledExecutionException {
        final boolean standardize = m_settings.standardize().getBooleanValue();
        final TableScan scan = TableScan.of(trainingTable, raw, standardize, exec);
        checkUsable("training", trainingTable.size(), scan, warnings);
        final RowConverter converter = standardize ? raw.standardized(scan.means(), scan.deviations()) : raw;
        DataSource training = new TableDataSource(trainingTable, converter, scan.usableRows());
        DataSource validation = null;
        if (validationTable != null) {
            final RowConverter validationConverter =
                standardize ? validationRaw.standardized(scan.means(), scan.deviations()) : validationRaw;
            final TableScan validationScan = TableScan.of(validationTable, validationConverter, false, exec);
            checkUsable("validation", validationTable.size(), validationScan, warnings);
            validation = new TableDataSource(validationTable, validationConverter, validationScan.usableRows());
        } else if (m_settings.validationFraction().getDoubleValue() > 0) {
            final Split split = HashSplit.of(training, m_settings.validationFraction().getDoubleValue(),
                m_settings.seed().getIntValue());
            training = split.training();
            validation = split.validation();
        }
        return TrainingData.of(training, validation, standardize, scan);
    }

    /** @return the epochs the view shows */
    List<EpochLog> finishedEpochs() {
        return m_finishedEpochs;
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) throws IOException {
        EpochsFile.save(m_finishedEpochs, nodeInternDir);
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) throws IOException {
        m_finishedEpochs.clear();
        m_finishedEpochs.addAll(EpochsFile.load(nodeInternDir));
        notifyViews(null);
    }

    @Override
    protected void reset() {
        m_finishedEpochs.clear();
        notifyViews(null);
    }

    /** @return the conversion of the validation table: its own column positions, the training statistics */
    private static RowConverter validationConverter(final TrainingLayout layout, final BufferedDataTable table,
        final RowConverter trainingConverter) {
        final DataTableSpec spec = table.getDataTableSpec();
        return trainingConverter.on(FeatureColumns.match(spec, layout.features().columns(), "of the training table"),
            layout.targetIndicesIn(spec));
    }

    private void checkUsable(final String what, final long rows, final TableScan scan, final List<String> warnings)
        throws InvalidSettingsException {
        if (scan.skippedRows() == 0) {
            return;
        }
        final String counted = scan.skippedRows() + " of " + rows + " rows of the " + what + " table have a missing"
            + " or non-finite value in a feature or the target column";
        if (m_settings.failOnMissing() || scan.usableRows() == 0) {
            throw new InvalidSettingsException(counted + (scan.usableRows() == 0 ? ", so no row is left to train on"
                : "") + "; remove or replace them (e.g. Missing Value node)" + (scan.usableRows() == 0 ? "."
                    : ", or set 'Missing values' to skip."));
        }
        warnings.add(counted + "; they were skipped.");
    }

    private static List<Double> doubles(final float[] values) {
        final List<Double> list = new ArrayList<>();
        for (final float v : values) {
            list.add((double)v);
        }
        return list;
    }
}
