package org.dlnodes.engine.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.dlnodes.engine.network.Network;
import org.dlnodes.engine.optimizer.Optimizer;
import org.dlnodes.engine.optimizer.Optimizers;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.train.TrainingResult;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Everything a trained network is: its spec, its learnt arrays (weights, biases, gamma/beta, running statistics),
 * the optimizer's state to resume training, and the data mapping of the Learner. Immutable: it holds float32 copies.
 * Saved and loaded by {@link ModelFile} in the format of MODEL_FORMAT.md.
 */
public final class TrainedModel {

    private final NetworkSpec spec;

    private final Map<String, INDArray> arrays;

    private final Map<String, INDArray> optimizerState;

    private final long optimizerSteps;

    private final DataMapping mapping;

    TrainedModel(final NetworkSpec spec, final Map<String, INDArray> arrays, final Map<String, INDArray> optimizerState,
        final long optimizerSteps, final DataMapping mapping) {
        this.spec = spec;
        this.arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
        this.optimizerState = Collections.unmodifiableMap(new LinkedHashMap<>(optimizerState));
        this.optimizerSteps = optimizerSteps;
        this.mapping = mapping;
    }

    /**
     * Takes a snapshot of a trained network and its optimizer. The spec records the optimizer's settings at the end of
     * training, so that the model shows, and resumes with, the learning rate a reduction on a plateau left.
     *
     * @param network the trained network
     * @param training the outcome of its training, with the optimizer
     * @param mapping the Learner's data mapping
     * @return the model, with float32 copies of all arrays
     */
    public static TrainedModel of(final Network network, final TrainingResult training, final DataMapping mapping) {
        final Optimizer optimizer = training.optimizer();
        return new TrainedModel(network.spec().withOptimizer(training.optimizerSpec()),
            float32Copies(network.arrays()), float32Copies(optimizer.state()), optimizer.iterations(), mapping);
    }

    private static Map<String, INDArray> float32Copies(final Map<String, INDArray> live) {
        final Map<String, INDArray> copies = new LinkedHashMap<>();
        live.forEach((name, array) -> copies.put(name, array.castTo(DataType.FLOAT).dup()));
        return copies;
    }

    /** @return a new network with the learnt arrays, float32 */
    public Network toNetwork() {
        final Network network = Network.create(spec, 0, DataType.FLOAT);
        network.arrays().forEach((name, target) -> target.assign(arrays.get(name).reshape(target.shape())));
        return network;
    }

    /** @return an optimizer for {@code network} (from {@link #toNetwork()}) that continues where training stopped */
    public Optimizer toOptimizer(final Network network) {
        final Optimizer optimizer =
            Optimizers.create(spec.optimizer(), network.parameters().length(), network.dataType());
        optimizer.restore(optimizerState, optimizerSteps);
        return optimizer;
    }

    /** Writes the model to the stream (which stays open). */
    public void save(final OutputStream out) throws IOException {
        ModelFile.write(this, out);
    }

    /** @return the model read from the stream; a stream that is not a complete model file gives a clear error */
    public static TrainedModel load(final InputStream in) throws ModelFormatException {
        return ModelFile.read(in);
    }

    public NetworkSpec spec() {
        return spec;
    }

    /** @return the learnt arrays by name, e.g. "dense_1/weights" */
    public Map<String, INDArray> arrays() {
        return arrays;
    }

    /** @return the optimizer's state arrays by name */
    public Map<String, INDArray> optimizerState() {
        return optimizerState;
    }

    /** @return the number of optimizer steps taken */
    public long optimizerSteps() {
        return optimizerSteps;
    }

    public DataMapping mapping() {
        return mapping;
    }
}
