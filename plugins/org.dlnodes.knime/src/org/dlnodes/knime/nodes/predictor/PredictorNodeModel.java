package org.dlnodes.knime.nodes.predictor;

import java.util.Arrays;
import java.util.List;

import org.dlnodes.engine.model.DataMapping;
import org.dlnodes.engine.model.TrainedModel;
import org.dlnodes.engine.predict.Prediction;
import org.dlnodes.engine.predict.PredictionSettings;
import org.dlnodes.engine.predict.Predictor;
import org.dlnodes.knime.backend.ComputeStart;
import org.dlnodes.knime.data.FeatureColumns;
import org.dlnodes.knime.data.RowConverter;
import org.dlnodes.knime.data.TableDataSource;
import org.dlnodes.knime.data.TableNodeModel;
import org.dlnodes.knime.data.TableScan;
import org.dlnodes.knime.port.model.TrainedModelPortObject;
import org.dlnodes.knime.port.model.TrainedModelPortObjectSpec;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.append.AppendedColumnRow;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * The Network Predictor: appends the trained model's predictions to a table, reading the table through the engine's
 * streaming data source and writing each batch's rows as they come. Rows with a missing or non-finite feature get
 * missing predictions.
 */
final class PredictorNodeModel extends TableNodeModel {

    private final PredictorSettings m_settings;

    PredictorNodeModel() {
        this(new PredictorSettings());
    }

    private PredictorNodeModel(final PredictorSettings settings) {
        super(new PortType[]{TrainedModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE}, settings);
        m_settings = settings;
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final TrainedModelPortObjectSpec model = modelSpec(inSpecs[0]);
        final DataTableSpec table = (DataTableSpec)inSpecs[1];
        features(table, model);
        return new PortObjectSpec[]{new DataTableSpec(table, appended(table, model))};
    }

    private DataTableSpec appended(final DataTableSpec table, final TrainedModelPortObjectSpec model) {
        return PredictionColumns.appended(table, model, m_settings.probabilities().getBooleanValue());
    }

    private static TrainedModelPortObjectSpec modelSpec(final PortObjectSpec spec) throws InvalidSettingsException {
        if (!(spec instanceof TrainedModelPortObjectSpec model)) {
            throw new InvalidSettingsException("No trained model arrives; connect the model output of a Network"
                + " Learner.");
        }
        return model;
    }

    private static FeatureColumns features(final DataTableSpec table, final TrainedModelPortObjectSpec model)
        throws InvalidSettingsException {
        try {
            return FeatureColumns.match(table, model.featureLayout(), "the model was trained on");
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final TrainedModelPortObject port = (TrainedModelPortObject)inObjects[0];
        final BufferedDataTable table = (BufferedDataTable)inObjects[1];
        final TrainedModelPortObjectSpec spec = port.getSpec();
        final ComputeStart compute = ComputeStart.start(m_settings.backend().getStringValue(), 0, 0, 0);
        final TrainedModel model = port.model();
        final DataMapping mapping = model.mapping();
        final RowConverter converter = new RowConverter(features(table.getDataTableSpec(), spec), null, null,
            floats(mapping.offsets()), floats(mapping.scales()));
        final TableScan scan = TableScan.of(table, converter, false, exec);
        final DataTableSpec appended = appended(table.getDataTableSpec(), spec);
        final BufferedDataContainer container =
            exec.createDataContainer(new DataTableSpec(table.getDataTableSpec(), appended));
        try (CloseableRowIterator rows = table.iterator()) {
            final RowWriter writer = new RowWriter(rows, container, converter, spec, appended.getNumColumns(),
                m_settings.probabilities().getBooleanValue(), exec, table.size());
            if (scan.usableRows() > 0) {
                new Predictor(model.toNetwork(), PredictionSettings.defaults()
                    .withBatchSize(m_settings.batchSize().getIntValue()))
                    .predict(new TableDataSource(table, converter, scan.usableRows()), writer::accept);
            }
            writer.finish();
        } catch (CancelledPrediction e) {
            throw e.cause();
        }
        container.close();
        final StringBuilder warning = new StringBuilder();
        compute.warnings().forEach(w -> warning.append(w).append('\n'));
        if (scan.skippedRows() > 0) {
            warning.append(scan.skippedRows()).append(" of ").append(table.size()).append(" rows have a missing or"
                + " non-finite feature value and got missing predictions.");
        }
        setWarningMessage(warning.length() == 0 ? null : warning.toString().strip());
        return new PortObject[]{container.getTable()};
    }

    private static float[] floats(final List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        final float[] result = new float[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i).floatValue();
        }
        return result;
    }

    /** Carries the user's cancel out of the engine's prediction callback. */
    private static final class CancelledPrediction extends RuntimeException {

        private static final long serialVersionUID = 1L;

        CancelledPrediction(final CanceledExecutionException cause) {
            super(cause);
        }

        CanceledExecutionException cause() {
            return (CanceledExecutionException)getCause();
        }
    }

    /** Writes the input rows with their predictions in table order; rows the source skipped get missing cells. */
    private static final class RowWriter {

        private final BufferedDataContainer m_container;

        private final RowConverter m_converter;

        private final TrainedModelPortObjectSpec m_spec;

        private final int m_appendedColumns;

        private final boolean m_probabilities;

        private final ExecutionMonitor m_exec;

        private final long m_total;

        private final float[] m_scratch;

        private final CloseableRowIterator m_rows;

        private long m_written;

        RowWriter(final CloseableRowIterator rows, final BufferedDataContainer container, final RowConverter converter,
            final TrainedModelPortObjectSpec spec, final int appendedColumns, final boolean probabilities,
            final ExecutionMonitor exec, final long total) {
            m_rows = rows;
            m_container = container;
            m_converter = converter;
            m_spec = spec;
            m_appendedColumns = appendedColumns;
            m_probabilities = probabilities;
            m_exec = exec;
            m_total = total;
            m_scratch = new float[converter.featureCount()];
        }

        void accept(final int firstRow, final float[][] outputs, final int[] classes) {
            final double[][] probabilities =
                classes == null ? null : new Prediction(outputs, classes).classProbabilities();
            for (int i = 0; i < outputs.length; i++) {
                DataRow row = m_rows.next();
                while (!m_converter.convert(row, m_scratch, null, 0)) {
                    writeMissing(row);
                    row = m_rows.next();
                }
                m_container.addRowToTable(new AppendedColumnRow(row, cells(outputs[i], classes, probabilities, i)));
                m_written++;
            }
            try {
                m_exec.checkCanceled();
            } catch (CanceledExecutionException e) {
                throw new CancelledPrediction(e);
            }
            m_exec.setProgress((double)m_written / Math.max(1, m_total), "Predicted " + m_written + " rows");
        }

        private DataCell[] cells(final float[] output, final int[] classes, final double[][] probabilities,
            final int i) {
            final DataCell[] cells = new DataCell[m_appendedColumns];
            if (classes == null) {
                for (int k = 0; k < output.length; k++) {
                    cells[k] = new DoubleCell(output[k]);
                }
                return cells;
            }
            cells[0] = new StringCell(m_spec.classLabels().get(classes[i]));
            if (m_probabilities) {
                for (int k = 0; k < probabilities[i].length; k++) {
                    cells[k + 1] = new DoubleCell(probabilities[i][k]);
                }
            }
            return cells;
        }

        private void writeMissing(final DataRow row) {
            final DataCell[] missing = new DataCell[m_appendedColumns];
            Arrays.fill(missing, DataType.getMissingCell());
            m_container.addRowToTable(new AppendedColumnRow(row, missing));
            m_written++;
        }

        /** Writes the rows after the last prediction, all unusable. */
        void finish() {
            while (m_rows.hasNext()) {
                writeMissing(m_rows.next());
            }
        }
    }
}
