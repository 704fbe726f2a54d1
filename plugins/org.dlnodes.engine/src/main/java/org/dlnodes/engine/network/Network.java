package org.dlnodes.engine.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dlnodes.engine.layer.BatchNormLayer;
import org.dlnodes.engine.layer.DenseLayer;
import org.dlnodes.engine.layer.DropoutLayer;
import org.dlnodes.engine.layer.Layer;
import org.dlnodes.engine.layer.Parameter;
import org.dlnodes.engine.layer.ParameterBlock;
import org.dlnodes.engine.loss.Loss;
import org.dlnodes.engine.loss.Losses;
import org.dlnodes.engine.spec.BatchNormSpec;
import org.dlnodes.engine.spec.DenseSpec;
import org.dlnodes.engine.spec.DropoutSpec;
import org.dlnodes.engine.spec.InvalidSpecException;
import org.dlnodes.engine.spec.LayerSpec;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.tensor.ReusableArray;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A network built from a spec: its layers, its loss and all trainable parameters in one flat vector (with the
 * gradients in a second one), so that an optimizer updates everything in one step. A training step is
 * {@code forward(x, true)}, {@code backward(y)} and {@code optimizer.step(parameters(), gradients())}.
 * Not thread-safe: the layers reuse their buffers from one batch to the next.
 */
public final class Network {

    private final NetworkSpec spec;

    private final DataType type;

    private final ParameterBlock block;

    private final List<Layer> layers = new ArrayList<>();

    private final DenseLayer output;

    private final Loss loss;

    private final Random random;

    private final ReusableArray outputDelta = new ReusableArray();

    private boolean lastForwardWasTraining;

    private INDArray lastOutput;

    private boolean checkInputs = true;

    private Network(final NetworkSpec spec, final long seed, final DataType type) {
        if (!spec.hasInputFeatures()) {
            throw new InvalidSpecException("The network's input size is not known; set it from the data first.");
        }
        this.spec = spec.requireTrainable();
        this.type = type;
        random = Nd4j.getRandomFactory().getNewRandomInstance(seed);
        block = new ParameterBlock(type, spec.trainableParameters());
        final List<String> names = spec.layerNames();
        int size = spec.inputFeatures();
        for (int i = 0; i < spec.layers().size(); i++) {
            final LayerSpec layerSpec = spec.layers().get(i);
            layers.add(createLayer(names.get(i), layerSpec, size, i > 0));
            size = layerSpec.outputSize(size);
        }
        output = (DenseLayer)layers.get(layers.size() - 1);
        final DenseSpec outputSpec = (DenseSpec)spec.layers().get(spec.layers().size() - 1);
        loss = Losses.create(spec.loss(), outputSpec.activation());
    }

    /** @return a float32 network with weights drawn from the seed */
    public static Network create(final NetworkSpec spec, final long seed) {
        return create(spec, seed, DataType.FLOAT);
    }

    /**
     * @param spec the network, with its input size known
     * @param seed seeds the initial weights and the dropout masks
     * @param type FLOAT for training, DOUBLE for exact checks
     * @return the network
     */
    public static Network create(final NetworkSpec spec, final long seed, final DataType type) {
        return new Network(spec, seed, type);
    }

    private Layer createLayer(final String name, final LayerSpec layerSpec, final int inputSize,
        final boolean needsInputGradient) {
        if (layerSpec instanceof DenseSpec dense) {
            return new DenseLayer(name, dense, inputSize, block, random, needsInputGradient);
        }
        if (layerSpec instanceof DropoutSpec dropout) {
            return new DropoutLayer(dropout,
                dropout.seed() == null ? random : Nd4j.getRandomFactory().getNewRandomInstance(dropout.seed()));
        }
        return new BatchNormLayer(name, (BatchNormSpec)layerSpec, inputSize, block, type);
    }

    /**
     * Runs the batch through the layers.
     *
     * @param features one example per row, the network's input width, finite
     * @param training whether dropout drops and batchnorm uses and updates batch statistics
     * @return the output activations, a buffer of the network valid until the next call
     */
    public INDArray forward(final INDArray features, final boolean training) {
        if (checkInputs) {
            DataChecks.features(features, spec.inputFeatures());
        }
        INDArray x = features.dataType() == type ? features : features.castTo(type);
        for (final Layer layer : layers) {
            x = layer.forward(x, training);
        }
        lastForwardWasTraining = training;
        lastOutput = x;
        return x;
    }

    /**
     * Back-propagates the loss of the last training forward pass, writing {@link #gradients()}.
     *
     * @param labels the labels of the batch, as the loss expects them
     * @return the batch's loss including the L1/L2 penalties
     */
    public double backward(final INDArray labels) {
        if (!lastForwardWasTraining) {
            throw new IllegalStateException("backward needs a forward pass in training mode first.");
        }
        final INDArray z = output.preActivation();
        final INDArray a = lastOutput;
        final INDArray y = checkedLabels(labels, z.rows());
        final INDArray dz = outputDelta.like(z);
        loss.gradient(z, a, y, dz);
        INDArray delta = output.backwardFromPreActivation(dz);
        for (int i = layers.size() - 2; i >= 0; i--) {
            delta = layers.get(i).backward(delta);
        }
        return loss.score(z, a, y) + penalty();
    }

    /** @return the loss of the batch at inference (no dropout, running statistics), with the penalties */
    public double loss(final INDArray features, final INDArray labels) {
        final INDArray a = forward(features, false);
        return loss.score(output.preActivation(), a, checkedLabels(labels, a.rows())) + penalty();
    }

    /** @return the network's outputs at inference, a new array */
    public INDArray predict(final INDArray features) {
        return forward(features, false).dup();
    }

    private INDArray checkedLabels(final INDArray labels, final long rows) {
        if (checkInputs) {
            DataChecks.labels(labels, rows, spec);
        }
        return labels.dataType() == type ? labels : labels.castTo(type);
    }

    private double penalty() {
        return layers.stream().mapToDouble(Layer::penalty).sum();
    }

    /**
     * Turns the checks of features and labels (see {@link DataChecks}) off or on again. They cost a few reductions
     * per batch, so a caller that has checked its data already, e.g. the trainer after it has seen every row once,
     * turns them off.
     */
    public void checkInputs(final boolean enabled) {
        checkInputs = enabled;
    }

    /** @return the outputs of the last forward pass, a buffer of the network valid until the next call */
    public INDArray output() {
        return lastOutput;
    }

    /** Restarts the generator of the dropout masks, so that a pass can be repeated with the same masks. */
    public void reseed(final long seed) {
        random.setSeed(seed);
    }

    /** @return the spec */
    public NetworkSpec spec() {
        return spec;
    }

    /** @return the precision of the parameters and computations */
    public DataType dataType() {
        return type;
    }

    /** @return all trainable parameters as one vector (a live view: changing it changes the network) */
    public INDArray parameters() {
        return block.values();
    }

    /** @return the gradients of the last backward pass, in the order of {@link #parameters()} */
    public INDArray gradients() {
        return block.gradients();
    }

    /** @return the trainable parameters one by one, with their names and gradients */
    public List<Parameter> parameterList() {
        final List<Parameter> all = new ArrayList<>();
        layers.forEach(layer -> all.addAll(layer.parameters()));
        return Collections.unmodifiableList(all);
    }

    /** @return every learnt array by name (parameters and running statistics), live views, in a stable order */
    public Map<String, INDArray> arrays() {
        final Map<String, INDArray> all = new LinkedHashMap<>();
        for (final Layer layer : layers) {
            layer.parameters().forEach(p -> all.put(p.name(), p.value()));
            all.putAll(new TreeMap<>(layer.state()));
        }
        return all;
    }
}
