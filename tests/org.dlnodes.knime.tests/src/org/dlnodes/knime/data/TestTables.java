package org.dlnodes.knime.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.spec.OptimizerType;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnDomainCreator;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.Node;
import org.knime.core.node.NodeProgressMonitor;
import org.knime.core.node.NodeSettings;

/** Tables, networks and execution contexts for the tests of the Learner, Predictor and Scorer. */
public final class TestTables {

    private TestTables() {
    }

    /**
     * @return the node with its default settings changed (as by a dialog or flow variable), validated and loaded
     * @throws InvalidSettingsException if the node rejects the settings
     */
    public static <M extends TableNodeModel> M withSettings(final M model, final Consumer<NodeSettings> change)
        throws InvalidSettingsException {
        final NodeSettings settings = new NodeSettings("model");
        model.saveSettingsTo(settings);
        change.accept(settings);
        model.validateSettings(settings);
        model.loadValidatedSettingsFrom(settings);
        return model;
    }

    /** @return an execution context that is not canceled */
    public static ExecutionContext exec() {
        return exec(new DefaultNodeProgressMonitor());
    }

    /** @return an execution context reporting to the monitor */
    @SuppressWarnings("deprecation")
    public static ExecutionContext exec(final NodeProgressMonitor monitor) {
        return new ExecutionContext(monitor, new Node(null));
    }

    /** @return a table of the rows */
    public static BufferedDataTable table(final DataTableSpec spec, final List<DataRow> rows) {
        final BufferedDataContainer container = exec().createDataContainer(spec);
        rows.forEach(container::addRowToTable);
        container.close();
        return container.getTable();
    }

    /** @return a numeric column */
    public static DataColumnSpec number(final String name) {
        return new DataColumnSpecCreator(name, DoubleCell.TYPE).createSpec();
    }

    /** @return a string column with the classes as its domain */
    public static DataColumnSpec nominal(final String name, final String... classes) {
        final DataColumnSpecCreator creator = new DataColumnSpecCreator(name, StringCell.TYPE);
        final Set<DataCell> values = new LinkedHashSet<>();
        for (final String c : classes) {
            values.add(new StringCell(c));
        }
        creator.setDomain(new DataColumnDomainCreator(values).createDomain());
        return creator.createSpec();
    }

    /** @return the spec of {@link #blobs}: x1..x4 and class "a"/"b" */
    public static DataTableSpec blobsSpec() {
        return new DataTableSpec(number("x1"), number("x2"), number("x3"), number("x4"), nominal("class", "a", "b"));
    }

    /**
     * @return rows of two well separated Gaussian blobs in 4 dimensions (class "a" around -1, "b" around +1, unit
     *         variance scaled by 0.5), alternating classes, seeded
     */
    public static BufferedDataTable blobs(final int rows, final long seed) {
        final SplittableRandom random = new SplittableRandom(seed);
        final List<DataRow> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            final boolean b = i % 2 == 1;
            final DataCell[] cells = new DataCell[5];
            for (int f = 0; f < 4; f++) {
                cells[f] = new DoubleCell((b ? 1 : -1) + 0.5 * gaussian(random));
            }
            cells[4] = new StringCell(b ? "b" : "a");
            list.add(new DefaultRow(RowKey.createRowKey(i), cells));
        }
        return table(blobsSpec(), list);
    }

    private static double gaussian(final SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** @return the table with the cell at (row, column) replaced */
    public static BufferedDataTable withCell(final BufferedDataTable table, final int row, final int column,
        final DataCell cell) {
        final List<DataRow> rows = new ArrayList<>();
        int index = 0;
        for (final DataRow r : table) {
            final DataCell[] cells = new DataCell[r.getNumCells()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = index == row && c == column ? cell : r.getCell(c);
            }
            rows.add(new DefaultRow(r.getKey(), cells));
            index++;
        }
        return table(table.getDataTableSpec(), rows);
    }

    /** @return a missing cell */
    public static DataCell missing() {
        return DataType.getMissingCell();
    }

    /** @return a classifier for the blobs: input size from the data, 8 relu units, 2 softmax units, Adam 0.01 */
    public static NetworkSpec classifier(final int outputs, final LossType loss) {
        return NetworkSpec.builder().dense(8, ActivationType.RELU)
            .dense(outputs, outputs == 1 ? ActivationType.SIGMOID : ActivationType.SOFTMAX).loss(loss)
            .optimizer(OptimizerSpec.builder(OptimizerType.ADAM).learningRate(0.01).build()).build();
    }
}
