package org.dlnodes.demo;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

import org.dlnodes.knime.nodes.batchnorm.BatchNormNodeFactory;
import org.dlnodes.knime.nodes.dense.DenseNodeFactory;
import org.dlnodes.knime.nodes.dropout.DropoutNodeFactory;
import org.dlnodes.knime.nodes.input.InputNodeFactory;
import org.dlnodes.knime.nodes.learner.LearnerNodeFactory;
import org.dlnodes.knime.nodes.learner.LearningCurvePanel;
import org.dlnodes.knime.nodes.loss.LossNodeFactory;
import org.dlnodes.knime.nodes.optimizer.OptimizerNodeFactory;
import org.dlnodes.knime.nodes.predictor.PredictorNodeFactory;
import org.dlnodes.knime.nodes.scorer.ScorerNodeFactory;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.HeadlessNodes;
import org.knime.core.node.Node;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObject;

/**
 * The README's demo: the whole workflow headless on the Wisconsin breast cancer data, through the node models' own
 * configure and execute on the KNIME API stand-in. Input -> Dense -> Dropout -> BatchNorm -> Dense -> Loss ->
 * Optimizer -> Learner (early stopping) -> Predictor -> Scorer; a seeded 80/20 split stands in for a Partitioning
 * node. Prints the progress, the learning curve and the Scorer's tables, writes the curve as a PNG and prints its
 * path last.
 */
public final class BreastCancerDemo {

    private static final String TARGET = "diagnosis";

    private BreastCancerDemo() {
    }

    /** @param args the CSV file and the PNG to write */
    public static void main(final String[] args) throws Exception {
        final File csv = new File(args[0]);
        final File png = new File(args[1]);
        final ExecutionContext exec = context();
        final BufferedDataTable all = readCsv(csv, exec);
        final BufferedDataTable[] parts = split(all, 0.8, 42, exec);
        System.out.printf("Data: %s, %d rows; training %d rows, test %d rows%n", csv.getName(), all.size(),
            parts[0].size(), parts[1].size());

        System.out.println("Network: Input -> Dense(16, relu) -> Dropout(0.2) -> BatchNorm -> Dense(2, softmax)"
            + " -> Loss(categorical cross-entropy) -> Optimizer(Adam, 0.001)");
        PortObject network = HeadlessNodes.run(HeadlessNodes.node(new InputNodeFactory(), s -> { }), exec)[0];
        for (final NodeModel layer : List.of(HeadlessNodes.node(new DenseNodeFactory(), s -> {
            s.addInt("units", 16);
            s.addString("activation", "relu");
        }), HeadlessNodes.node(new DropoutNodeFactory(), s -> s.addDouble("rate", 0.2)),
            HeadlessNodes.node(new BatchNormNodeFactory(), s -> { }), HeadlessNodes.node(new DenseNodeFactory(), s -> {
                s.addInt("units", 2);
                s.addString("activation", "softmax");
            }), HeadlessNodes.node(new LossNodeFactory(), s -> s.addString("loss", "categorical_cross_entropy")),
            HeadlessNodes.node(new OptimizerNodeFactory(), s -> {
                s.addString("optimizer", "adam");
                s.addDouble("learning_rate", 0.001);
            }))) {
            network = HeadlessNodes.run(layer, exec, network)[0];
        }
        System.out.println(network.getSummary());

        System.out.println("\nNetwork Learner: up to 300 epochs, batch 32, 20 % validation, early stopping on"
            + " val_loss (patience 15, restoring the best weights)");
        final NodeModel learner = HeadlessNodes.node(new LearnerNodeFactory(), s -> {
            s.addString("target_column", TARGET);
            s.addInt("epochs", 300);
            s.addInt("batch_size", 32);
            s.addInt("seed", 42);
            s.addDouble("validation_fraction", 0.2);
            s.addBoolean("early_stopping", true);
            s.addString("es_monitor", "val_loss");
            s.addInt("es_patience", 15);
            s.addBoolean("es_restore_best_weights", true);
            s.addString("backend", "cpu");
        });
        final PortObject[] learned = HeadlessNodes.run(learner, exec, network, parts[0], null);
        final BufferedDataTable curve = (BufferedDataTable)learned[1];
        System.out.println("\nLearning curve:");
        print(curve, 12);
        System.out.println("Model: " + learned[0].getSummary());

        final PortObject[] predicted = HeadlessNodes.run(HeadlessNodes.node(new PredictorNodeFactory(), s -> { }),
            exec, learned[0], parts[1]);
        final PortObject[] scores = HeadlessNodes.run(HeadlessNodes.node(new ScorerNodeFactory(), s -> {
            s.addString("truth_column", TARGET);
            s.addString("prediction_column", "Prediction (" + TARGET + ")");
        }), exec, predicted[0]);
        System.out.println("\nNetwork Scorer on the " + parts[1].size() + " test rows - metrics:");
        print((BufferedDataTable)scores[0], Integer.MAX_VALUE);
        System.out.println("\nConfusion matrix (rows: true class, columns: predicted class):");
        print((BufferedDataTable)scores[1], Integer.MAX_VALUE);

        writePng(columns(curve), png);
        System.out.println("\nLearning curve chart: " + png.getAbsolutePath());
    }

    /** Renders the Learner view's panel, as the node view shows the curves, into a PNG. */
    private static void writePng(final Map<String, double[]> curves, final File png) throws IOException {
        final LearningCurvePanel panel = new LearningCurvePanel();
        panel.setCurves(curves);
        panel.setSize(panel.getPreferredSize());
        final BufferedImage image =
            new BufferedImage(panel.getWidth(), panel.getHeight(), BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = image.createGraphics();
        panel.paint(g);
        g.dispose();
        png.getParentFile().mkdirs();
        ImageIO.write(image, "png", png);
    }

    /** @return a context whose progress prints each finished epoch, as KNIME's progress bar would show it */
    @SuppressWarnings("deprecation")
    private static ExecutionContext context() {
        return new ExecutionContext(new DefaultNodeProgressMonitor() {
            @Override
            public void setMessage(final String message) {
                super.setMessage(message);
                if (message != null && message.matches("Epoch \\d+/\\d+:.*")) {
                    System.out.println("  " + message);
                }
            }
        }, new Node(null));
    }

    /** @return the CSV as a table: the target column as strings, all others as numbers */
    private static BufferedDataTable readCsv(final File csv, final ExecutionContext exec) throws IOException {
        final List<String> lines = Files.readAllLines(csv.toPath(), StandardCharsets.UTF_8);
        final String[] header = lines.get(0).split(",");
        final DataColumnSpec[] columns = new DataColumnSpec[header.length];
        for (int c = 0; c < header.length; c++) {
            columns[c] = new DataColumnSpecCreator(header[c],
                header[c].equals(TARGET) ? StringCell.TYPE : DoubleCell.TYPE).createSpec();
        }
        final BufferedDataContainer container = exec.createDataContainer(new DataTableSpec(columns));
        for (int r = 1; r < lines.size(); r++) {
            final String[] values = lines.get(r).split(",");
            final DataCell[] cells = new DataCell[values.length];
            for (int c = 0; c < values.length; c++) {
                cells[c] = header[c].equals(TARGET) ? new StringCell(values[c])
                    : new DoubleCell(Double.parseDouble(values[c]));
            }
            container.addRowToTable(new DefaultRow(RowKey.createRowKey(r - 1L), cells));
        }
        container.close();
        return container.getTable();
    }

    /** @return the rows split at random (seeded) into the given share and the rest, as a Partitioning node does */
    private static BufferedDataTable[] split(final BufferedDataTable table, final double share, final long seed,
        final ExecutionContext exec) {
        final SplittableRandom random = new SplittableRandom(seed);
        final BufferedDataContainer first = exec.createDataContainer(table.getDataTableSpec());
        final BufferedDataContainer second = exec.createDataContainer(table.getDataTableSpec());
        for (final DataRow row : table) {
            (random.nextDouble() < share ? first : second).addRowToTable(row);
        }
        first.close();
        second.close();
        return new BufferedDataTable[]{first.getTable(), second.getTable()};
    }

    private static Map<String, double[]> columns(final BufferedDataTable table) {
        final Map<String, double[]> columns = new LinkedHashMap<>();
        final DataTableSpec spec = table.getDataTableSpec();
        for (int c = 0; c < spec.getNumColumns(); c++) {
            final double[] values = new double[(int)table.size()];
            int r = 0;
            for (final DataRow row : table) {
                values[r++] = ((DoubleValue)row.getCell(c)).getDoubleValue();
            }
            columns.put(spec.getColumnSpec(c).getName(), values);
        }
        return columns;
    }

    /** Prints a table, the first and last rows when it is long. */
    private static void print(final BufferedDataTable table, final int headAndTail) {
        final DataTableSpec spec = table.getDataTableSpec();
        final StringBuilder header = new StringBuilder(String.format("%-28s", "Row ID"));
        for (final DataColumnSpec column : spec) {
            header.append(String.format("%15s", column.getName()));
        }
        System.out.println(header);
        final List<DataRow> rows = new ArrayList<>();
        table.forEach(rows::add);
        for (int r = 0; r < rows.size(); r++) {
            if (r == headAndTail && rows.size() > 2 * headAndTail) {
                System.out.println("  ... " + (rows.size() - 2 * headAndTail) + " more rows ...");
                r = rows.size() - headAndTail;
            }
            final StringBuilder line = new StringBuilder(String.format("%-28s", rows.get(r).getKey()));
            for (final DataCell cell : rows.get(r)) {
                line.append(String.format("%15s", format(cell)));
            }
            System.out.println(line);
        }
    }

    private static String format(final DataCell cell) {
        if (cell instanceof IntValue value) {
            return Integer.toString(value.getIntValue());
        }
        if (cell instanceof DoubleValue value) {
            return String.format(Locale.ROOT, "%.4f", value.getDoubleValue());
        }
        return cell.toString();
    }
}
