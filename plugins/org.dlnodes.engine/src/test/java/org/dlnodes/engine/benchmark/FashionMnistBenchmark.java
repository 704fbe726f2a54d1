package org.dlnodes.engine.benchmark;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.bytedeco.javacpp.Pointer;
import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.data.InMemoryDataSource;
import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.predict.Prediction;
import org.dlnodes.engine.predict.PredictionSettings;
import org.dlnodes.engine.predict.Predictor;
import org.dlnodes.engine.spec.ActivationType;
import org.dlnodes.engine.spec.LossType;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.train.ComputeSettings;
import org.dlnodes.engine.train.EpochLog;
import org.dlnodes.engine.train.History;
import org.dlnodes.engine.train.Trainer;
import org.dlnodes.engine.train.TrainingListener;
import org.dlnodes.engine.train.TrainingSettings;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Fashion-MNIST benchmark of issue 4 (not a test; run by tests/benchmarks/run-fashion-mnist): trains the
 * reference MLP as tests/benchmarks/README.md describes, predicts the test set, and prints one JSON line on stdout.
 * Progress goes to stderr. With {@code --repeat N} it trains N times in this JVM and adds the resident memory after
 * each training, to show whether memory grows.
 */
public final class FashionMnistBenchmark {

    private static final int CLASSES = 10;

    private static final int BATCH_SIZE = 128;

    private static final long SEED = 42;

    private FashionMnistBenchmark() {
    }

    public static void main(final String[] args) throws IOException {
        final Options options = Options.parse(args);
        final ComputeSettings compute =
            new ComputeSettings(options.threads, options.blasThreads, options.workThreads, 0);
        Nd4jRuntime.initialize(BackendChoice.CPU);
        compute.applyThreads();
        log("ND4J " + Nd4j.getBackend().getClass().getSimpleName() + ": " + Nd4j.getEnvironment().maxThreads()
            + " op threads, " + Nd4j.factory().blas().getMaxThreads() + " BLAS threads, " + options.workThreads
            + " work threads");
        Files.readAllLines(Path.of("/proc/self/maps")).stream().filter(line -> line.contains("libnd4jcpu"))
            .map(line -> line.substring(line.indexOf('/'))).distinct().forEach(lib -> log("native library " + lib));
        final InMemoryDataSource training = load(options.dataDir, "train");
        final InMemoryDataSource test = load(options.dataDir, "t10k");
        final List<Double> rssAfterEachTraining = new ArrayList<>();
        String json = null;
        for (int round = 1; round <= options.repeat; round++) {
            json = runOnce(options, training, test);
            // Arrays only garbage still refers to give their native memory back once collected and dequeued.
            System.gc();
            Pointer.deallocateReferences();
            rssAfterEachTraining.add(megabytes("VmRSS"));
            log("round " + round + ": RSS " + rssAfterEachTraining.get(round - 1) + " MB, of which the Java heap "
                + (Runtime.getRuntime().totalMemory() >> 20) + " MB committed");
        }
        if (options.repeat > 1) {
            json = json.substring(0, json.length() - 1) + ", \"repeat\": " + options.repeat
                + ", \"rss_mb_after_each_training\": " + rssAfterEachTraining + "}";
        }
        System.out.println(json);
    }

    private static String runOnce(final Options options, final InMemoryDataSource training,
        final InMemoryDataSource test) {
        final Network network = Network.create(referenceNetwork(), options.seed);
        final TrainingSettings settings = TrainingSettings.builder().batchSize(BATCH_SIZE).epochs(options.epochs)
            .seed(options.seed).build();
        final History history = new Trainer(settings).fit(network, training, null, new TrainingListener() {
            @Override
            public void epochDone(final EpochLog epoch) {
                log(String.format(Locale.ROOT, "epoch %d/%d: loss %.4f, accuracy %.4f, %.2f s", epoch.epoch(),
                    options.epochs, epoch.metric("loss"), epoch.metric("accuracy"), epoch.seconds()));
            }
        }).history();
        final double peakRss = megabytes("VmHWM");
        final double[] seconds = history.epochs().stream().mapToDouble(EpochLog::seconds).toArray();
        final double trainingSeconds = java.util.Arrays.stream(seconds).sum();

        final Predictor predictor = new Predictor(network, PredictionSettings.defaults().withBatchSize(BATCH_SIZE));
        final long start = System.nanoTime();
        final Prediction prediction = predictor.predictAll(test);
        final double predictSeconds = (System.nanoTime() - start) / 1e9;
        final int[] truth = test.classes();
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            correct += prediction.classes()[i] == truth[i] ? 1 : 0;
        }
        final StringBuilder epochs = new StringBuilder();
        for (final double s : seconds) {
            epochs.append(epochs.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", s));
        }
        final String nativeBuild = System.getProperty("org.bytedeco.javacpp.platform.extension", "-generic");
        return String.format(Locale.ROOT, "{\"engine\": \"dlnodes-nd4j-1.0.0-M2.1\", \"native_build\": \"%s\","
            + " \"threads\": %d, \"blas_threads\": %d, \"work_threads\": %d, \"samples_per_second\": %d,"
            + " \"epoch_seconds\": [%s],"
            + " \"test_accuracy\": %.4f, \"final_train_loss\": %.4f, \"peak_rss_mb\": %.1f,"
            + " \"predict_rows_per_second\": %d}",
            nativeBuild.substring(1), options.threads, options.blasThreads, options.workThreads,
            Math.round(options.epochs * training.rowCount() / trainingSeconds),
            epochs, (double)correct / truth.length, history.epochs().get(history.epochs().size() - 1).metric("loss"),
            peakRss, Math.round(test.rowCount() / predictSeconds));
    }

    /** 784 -> Dense 256 ReLU -> Dropout 0.2 -> Dense 128 ReLU -> BatchNorm -> Dense 10 softmax, Keras defaults. */
    static NetworkSpec referenceNetwork() {
        return NetworkSpec.builder().input(28 * 28).dense(256, ActivationType.RELU).dropout(0.2)
            .dense(128, ActivationType.RELU).batchNorm().dense(CLASSES, ActivationType.SOFTMAX)
            .loss(LossType.CATEGORICAL_CROSS_ENTROPY).optimizer(OptimizerSpec.adam()).build();
    }

    /** Reads the gzipped IDX images and labels: pixels / 255 as float32 rows, labels one-hot. */
    private static InMemoryDataSource load(final Path dir, final String prefix) throws IOException {
        final byte[] pixels = idx(dir.resolve(prefix + "-images-idx3-ubyte.gz"));
        final byte[] labels = idx(dir.resolve(prefix + "-labels-idx1-ubyte.gz"));
        final int rows = labels.length;
        final int width = pixels.length / rows;
        // Filled in place through the CPU buffer, so the 188 MB of training features exist once, off the heap.
        final INDArray features = Nd4j.createUninitialized(DataType.FLOAT, rows, width);
        final FloatBuffer x = features.data().asNioFloat();
        for (int i = 0; i < pixels.length; i++) {
            x.put(i, (pixels[i] & 0xff) / 255f);
        }
        final INDArray targets = Nd4j.zeros(DataType.FLOAT, rows, CLASSES);
        final FloatBuffer y = targets.data().asNioFloat();
        for (int i = 0; i < rows; i++) {
            y.put(i * CLASSES + labels[i], 1f);
        }
        log(prefix + ": " + rows + " rows of " + width + " pixels");
        return InMemoryDataSource.of(features, targets);
    }

    /** @return the data bytes of a gzipped IDX file of unsigned bytes, after its header */
    private static byte[] idx(final Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
            final int magic = in.readInt();
            if (magic >> 8 != 0x08) {
                throw new IOException(file + " is not an IDX file of unsigned bytes");
            }
            long size = 1;
            for (int d = 0; d < (magic & 0xff); d++) {
                size *= in.readInt();
            }
            final byte[] data = new byte[Math.toIntExact(size)];
            in.readFully(data);
            return data;
        }
    }

    /** @return a memory figure of /proc/self/status in MiB, e.g. VmHWM (peak resident) or VmRSS */
    private static double megabytes(final String field) {
        try {
            for (final String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 102.4) / 10.0;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read /proc/self/status", e);
        }
        throw new IllegalStateException("No " + field + " in /proc/self/status");
    }

    private static void log(final String message) {
        System.err.println(message);
    }

    /** The command line. */
    private static final class Options {
        private int threads = ComputeSettings.defaults().threads();

        private int blasThreads = ComputeSettings.defaults().blasThreads();

        private int workThreads = ComputeSettings.defaults().workThreads();

        private int epochs = 5;

        private int repeat = 1;

        private long seed = SEED;

        private Path dataDir = Path.of("/usr/share/datasets/fashion-mnist");

        static Options parse(final String[] args) {
            final Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                final String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--threads" -> options.threads = Integer.parseInt(value);
                    case "--blas-threads" -> options.blasThreads = Integer.parseInt(value);
                    case "--work-threads" -> options.workThreads = Integer.parseInt(value);
                    case "--epochs" -> options.epochs = Integer.parseInt(value);
                    case "--repeat" -> options.repeat = Integer.parseInt(value);
                    case "--seed" -> options.seed = Long.parseLong(value);
                    case "--data-dir" -> options.dataDir = Path.of(value);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; options: --threads N"
                        + " --blas-threads M --work-threads W --epochs E --repeat R --seed S --data-dir DIR");
                }
                i++;
            }
            return options;
        }
    }
}
