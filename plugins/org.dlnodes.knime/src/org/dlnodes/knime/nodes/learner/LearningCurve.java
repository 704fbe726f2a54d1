package org.dlnodes.knime.nodes.learner;

import java.util.ArrayList;
import java.util.List;

import org.dlnodes.engine.spec.OutputKind;
import org.dlnodes.engine.train.EpochLog;
import org.dlnodes.engine.train.History;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * The learning-curve table: one row per finished epoch with the epoch, the metrics as the engine names them (loss,
 * accuracy or mae, and the same with "val_" for validation data), the learning rate and the epoch's seconds.
 */
final class LearningCurve {

    static final String EPOCH = "epoch";

    static final String LEARNING_RATE = "learning_rate";

    static final String SECONDS = "seconds";

    private LearningCurve() {
    }

    /** @return the metric names the engine reports, in its order */
    static List<String> metrics(final OutputKind kind, final boolean validation) {
        final List<String> names = new ArrayList<>(List.of("loss", kind == OutputKind.CLASSES ? "accuracy" : "mae"));
        if (validation) {
            names.addAll(names.stream().map(n -> "val_" + n).toList());
        }
        return names;
    }

    /** @return the table's spec */
    static DataTableSpec spec(final OutputKind kind, final boolean validation) {
        final List<DataColumnSpec> columns = new ArrayList<>();
        columns.add(new DataColumnSpecCreator(EPOCH, IntCell.TYPE).createSpec());
        metrics(kind, validation).forEach(m -> columns.add(new DataColumnSpecCreator(m, DoubleCell.TYPE).createSpec()));
        columns.add(new DataColumnSpecCreator(LEARNING_RATE, DoubleCell.TYPE).createSpec());
        columns.add(new DataColumnSpecCreator(SECONDS, DoubleCell.TYPE).createSpec());
        return new DataTableSpec("Learning curve", columns.toArray(DataColumnSpec[]::new));
    }

    /** @return the table of the history's epochs */
    static BufferedDataTable table(final History history, final OutputKind kind, final boolean validation,
        final ExecutionContext exec) {
        final BufferedDataContainer container = exec.createDataContainer(spec(kind, validation));
        for (final EpochLog log : history.epochs()) {
            final List<DataCell> cells = new ArrayList<>();
            cells.add(new IntCell(log.epoch()));
            metrics(kind, validation).forEach(m -> cells.add(new DoubleCell(log.metric(m))));
            cells.add(new DoubleCell(log.learningRate()));
            cells.add(new DoubleCell(log.seconds()));
            container.addRowToTable(new DefaultRow(RowKey.createRowKey(log.epoch() - 1L), cells));
        }
        container.close();
        return container.getTable();
    }
}
