package org.dlnodes.demo;

import java.io.DataInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.data.InMemoryDataSource;
import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.BatchNormSpec;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.spec.OptimizerType;
import org.dlnodes.engine.train.ComputeSettings;
import org.dlnodes.engine.train.EpochLog;
import org.dlnodes.engine.train.History;
import org.dlnodes.engine.train.Trainer;
import org.dlnodes.engine.train.TrainingListener;
import org.dlnodes.engine.train.TrainingSettings;
import org.dlnodes.knime.data.FeatureColumns;
import org.dlnodes.knime.data.RowConverter;
import org.dlnodes.knime.data.TableCopy;
import org.dlnodes.knime.data.TargetEncoding;
import org.dlnodes.knime.nodes.learner.LearnerNodeFactory;
import org.dlnodes.knime.port.NetworkSpecPortObject;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnDomainCreator;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.HeadlessNodes;
import org.knime.core.node.Node;
import org.knime.core.node.port.PortObject;

/**
 * Measures what the node path costs next to the engine alone, on Fashion-MNIST with the reference MLP: (1) the
 * table-to-tensor conversion (one pass that copies the usable rows into native memory and counts the others, as the
 * Learner does for a table that fits in memory), (2) training samples/s of the Network Learner node and of the
 * engine's Trainer on the same arrays, same settings and seed. Training time is the sum of the epochs' seconds that
 * the engine logs, so both paths are timed the same way. Wall times, from building the network to the trained
 * model, compare the whole node (table conversion included) with the engine's whole fit.
 */
public final class NodePathBenchmark {

    private static final int PIXELS = 784;

    private static final int CLASSES = 10;

    private NodePathBenchmark() {
    }

    public static void main(final String[] args) throws Exception {
        int epochs = 1;
        int rows = 60_000;
        String dataDir = "/usr/share/datasets/fashion-mnist";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--epochs" -> epochs = Integer.parseInt(args[i + 1]);
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--data-dir" -> dataDir = args[i + 1];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Nd4jRuntime.initialize(BackendChoice.CPU);
        ComputeSettings.defaults().applyThreads();
        final float[][] pixels = images(new File(dataDir, "train-images-idx3-ubyte.gz"), rows);
        final int[] labels = labels(new File(dataDir, "train-labels-idx1-ubyte.gz"), rows);
        final ExecutionContext exec = context();
        final BufferedDataTable table = table(pixels, labels, exec);
        final NetworkSpec network = referenceNetwork();
        System.err.printf("Fashion-MNIST: %d rows, %d epoch(s), batch 128%n", rows, epochs);

        // (1) conversion: what the Learner does before training, timed alone (best of 3, the first warms up)
        double conversionSeconds = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 3; i++) {
            final long start = System.nanoTime();
            final RowConverter converter = new RowConverter(
                FeatureColumns.find(table.getDataTableSpec(), Arrays.asList(featureNames()), "selected"),
                new int[]{PIXELS}, TargetEncoding.of(network.withInputFeatures(PIXELS),
                    List.of(table.getDataTableSpec().getColumnSpec(PIXELS))), null, null);
            TableCopy.of(table, converter, false, new ExecutionMonitor());
            conversionSeconds = Math.min(conversionSeconds, (System.nanoTime() - start) / 1e9);
        }
        final double conversionRate = rows / conversionSeconds;
        System.err.printf(Locale.ROOT, "table -> tensor: %.0f rows/s (%.1f MB/s of float32), %.2f s%n", conversionRate,
            conversionRate * (PIXELS + CLASSES) * 4 / 1e6, conversionSeconds);

        // (2) the engine alone on the same arrays, after a warm-up epoch so that neither path pays for the JIT
        final float[][] oneHot = new float[rows][CLASSES];
        for (int r = 0; r < rows; r++) {
            oneHot[r][labels[r]] = 1;
        }
        final InMemoryDataSource arrays = InMemoryDataSource.of(pixels, oneHot);
        train(network, arrays, 1);
        final long engineStart = System.nanoTime();
        final History engine = train(network, arrays, epochs);
        final double engineWall = (System.nanoTime() - engineStart) / 1e9;
        final double engineRate = (double)rows * epochs / seconds(engine);
        System.err.printf(Locale.ROOT, "engine alone: %.0f samples/s (final loss %.4f)%n", engineRate,
            engine.metric("loss")[epochs - 1]);

        // (3) the Learner node
        final int e = epochs;
        final long start = System.nanoTime();
        final PortObject[] learned = HeadlessNodes.run(HeadlessNodes.node(new LearnerNodeFactory(), s -> {
            s.addString("target_column", "label");
            s.addInt("epochs", e);
            s.addInt("batch_size", 128);
            s.addInt("seed", 42);
            s.addDouble("validation_fraction", 0);
            s.addBoolean("standardize", false);
            s.addString("backend", "cpu");
        }), exec, new NetworkSpecPortObject(network), table, null);
        final double wall = (System.nanoTime() - start) / 1e9;
        final BufferedDataTable curve = (BufferedDataTable)learned[1];
        double nodeSeconds = 0;
        double nodeLoss = Double.NaN;
        for (final DataRow row : curve) {
            nodeSeconds += ((DoubleValue)row.getCell(curve.getDataTableSpec().findColumnIndex("seconds")))
                .getDoubleValue();
            nodeLoss = ((DoubleValue)row.getCell(curve.getDataTableSpec().findColumnIndex("loss"))).getDoubleValue();
        }
        final double nodeRate = (double)rows * epochs / nodeSeconds;
        final double overhead = engineRate / nodeRate - 1;
        // both walls from building the network to the trained model; the node's also reads the table
        final double wallOverhead = wall / engineWall - 1;
        System.err.printf(Locale.ROOT, "Learner node: %.0f samples/s in training (final loss %.4f), %.2f s wall with"
            + " the conversion; the engine's fit %.2f s wall%n", nodeRate, nodeLoss, wall, engineWall);
        System.err.printf(Locale.ROOT, "node-path overhead: training %+.1f %%, wall time incl. conversion %+.1f %%"
            + " (target: at most 10 %%)%n", 100 * overhead, 100 * wallOverhead);
        System.out.printf(Locale.ROOT, "{\"rows\":%d,\"epochs\":%d,\"conversion_rows_per_s\":%.0f,"
            + "\"engine_samples_per_s\":%.0f,\"node_samples_per_s\":%.0f,\"engine_wall_s\":%.2f,"
            + "\"node_wall_s\":%.2f,\"training_overhead\":%.4f,\"wall_overhead\":%.4f}%n", rows, epochs,
            conversionRate, engineRate, nodeRate, engineWall, wall, overhead, wallOverhead);
    }

    private static History train(final NetworkSpec network, final InMemoryDataSource data, final int epochs) {
        return new Trainer(TrainingSettings.builder().batchSize(128).epochs(epochs).shuffle(true).seed(42).build())
            .fit(Network.create(network.withInputFeatures(PIXELS), 42), data, null, TrainingListener.NONE).history();
    }

    private static double seconds(final History history) {
        return history.epochs().stream().mapToDouble(EpochLog::seconds).sum();
    }

    /** @return the reference MLP of tests/benchmarks/README.md, with the input size taken from the data */
    static NetworkSpec referenceNetwork() {
        return NetworkSpec.builder().dense(256, ActivationType.RELU).dropout(0.2).dense(128, ActivationType.RELU)
            .layer(new BatchNormSpec(0.99, 1e-3, true, true)).dense(CLASSES, ActivationType.SOFTMAX)
            .loss(LossType.CATEGORICAL_CROSS_ENTROPY)
            .optimizer(OptimizerSpec.builder(OptimizerType.ADAM).learningRate(1e-3).build()).build();
    }

    private static String[] featureNames() {
        final String[] names = new String[PIXELS];
        Arrays.setAll(names, i -> "pixel" + i);
        return names;
    }

    /** @return the images as a KNIME table: 784 number columns and the class as a string with domain 0..9 */
    private static BufferedDataTable table(final float[][] pixels, final int[] labels, final ExecutionContext exec) {
        final DataColumnSpec[] columns = new DataColumnSpec[PIXELS + 1];
        final String[] names = featureNames();
        for (int p = 0; p < PIXELS; p++) {
            columns[p] = new DataColumnSpecCreator(names[p], DoubleCell.TYPE).createSpec();
        }
        final Set<DataCell> classes = new LinkedHashSet<>();
        final StringCell[] classCells = new StringCell[CLASSES];
        for (int k = 0; k < CLASSES; k++) {
            classCells[k] = new StringCell(Integer.toString(k));
            classes.add(classCells[k]);
        }
        final DataColumnSpecCreator label = new DataColumnSpecCreator("label", StringCell.TYPE);
        label.setDomain(new DataColumnDomainCreator(classes).createDomain());
        columns[PIXELS] = label.createSpec();
        final BufferedDataContainer container = exec.createDataContainer(new DataTableSpec(columns));
        for (int r = 0; r < pixels.length; r++) {
            final DataCell[] cells = new DataCell[PIXELS + 1];
            for (int p = 0; p < PIXELS; p++) {
                cells[p] = new DoubleCell(pixels[r][p]);
            }
            cells[PIXELS] = classCells[labels[r]];
            container.addRowToTable(new DefaultRow(RowKey.createRowKey(r), cells));
        }
        container.close();
        return container.getTable();
    }

    private static float[][] images(final File file, final int rows) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new FileInputStream(file), 1 << 16))) {
            in.readInt();
            final int count = Math.min(rows, in.readInt());
            final int size = in.readInt() * in.readInt();
            final float[][] images = new float[count][size];
            final byte[] bytes = new byte[size];
            for (int r = 0; r < count; r++) {
                in.readFully(bytes);
                for (int p = 0; p < size; p++) {
                    images[r][p] = (bytes[p] & 0xff) / 255f;
                }
            }
            return images;
        }
    }

    private static int[] labels(final File file, final int rows) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new FileInputStream(file)))) {
            in.readInt();
            final int count = Math.min(rows, in.readInt());
            final int[] labels = new int[count];
            for (int r = 0; r < count; r++) {
                labels[r] = in.readUnsignedByte();
            }
            return labels;
        }
    }

    @SuppressWarnings("deprecation")
    private static ExecutionContext context() {
        return new ExecutionContext(new DefaultNodeProgressMonitor(), new Node(null));
    }
}
