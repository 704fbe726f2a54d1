package org.dlnodes.engine.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dlnodes.engine.spec.BatchNormSpec;
import org.dlnodes.engine.tensor.HostCopy;
import org.dlnodes.engine.tensor.ReusableArray;
import org.dlnodes.engine.tensor.ReusedOp;
import org.dlnodes.engine.tensor.Scaling;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Batch normalization per feature: {@code xhat = (x - mean) / sqrt(var + epsilon)}, {@code y = gamma xhat + beta},
 * with the batch's mean and biased variance in training (which also updates the running ones) and the running ones
 * at inference. Backward (training), over a batch of N:
 * {@code dx = gamma / sqrt(var + epsilon) * (delta - (sum delta + xhat * sum(delta xhat)) / N)},
 * {@code dgamma = sum(delta xhat)}, {@code dbeta = sum delta}.
 *
 * <p>Computed with libnd4j's fused operations: {@code moments} for the batch statistics, {@code batchnorm} for the
 * output and {@code batchnorm_bp} for all three gradients, which implements the formula above; training in float32 on
 * the CPU and inference in float32 on the CPU run {@link HeapBatchNorm}'s Java loops instead, which are faster.
 */
public final class BatchNormLayer implements Layer {

    private static final int FEATURE_AXIS = 1;

    private final BatchNormSpec spec;

    private final String name;

    private final Parameter gamma;

    private final Parameter beta;

    /** Row 0 the running mean, row 1 the running variance, so that one operation updates both. */
    private final INDArray running;

    private final INDArray runningMean;

    private final INDArray runningVariance;

    /** The batch's mean and variance in the layout of {@link #running}. */
    private final INDArray batchStatistics;

    private final INDArray batchMean;

    private final INDArray batchVariance;

    /** The gradients of the batch statistics, which batchnorm_bp also writes; unused. */
    private final INDArray meanGradient;

    private final INDArray varianceGradient;

    private final ReusableArray output = new ReusableArray();

    /** The batch's mean and variance over dimension 0, the examples. */
    private final ReusedOp moments = new ReusedOp("moments", 1).integers(0);

    private final ReusedOp batchnorm;

    private final ReusedOp batchnormBackward;

    /** The Java loops for training in float32 on the CPU; null for libnd4j's operations. */
    private final HeapBatchNorm heap;

    private final ReusableArray dx = new ReusableArray();

    private INDArray lastInput;

    /**
     * @param name the layer's name, prefix of its arrays' names
     * @param spec the settings
     * @param size the number of features
     * @param block where gamma and beta live, when they are learnt
     * @param type the data type of the running statistics
     */
    public BatchNormLayer(final String name, final BatchNormSpec spec, final int size, final ParameterBlock block,
        final DataType type) {
        this(name, spec, size, block, type, HostCopy.available(type));
    }

    /** As the public constructor, choosing the Java loops or libnd4j's operations for training (tests compare them). */
    BatchNormLayer(final String name, final BatchNormSpec spec, final int size, final ParameterBlock block,
        final DataType type, final boolean onHeap) {
        this.name = name;
        this.spec = spec;
        gamma = spec.scale() ? block.take(name + "/gamma", size) : null;
        beta = spec.center() ? block.take(name + "/beta", size) : null;
        if (gamma != null) {
            gamma.value().assign(1);
        }
        running = Nd4j.zeros(type, 2, size);
        runningMean = running.getRow(0);
        runningVariance = running.getRow(1).assign(1);
        batchStatistics = Nd4j.zeros(type, 2, size);
        batchMean = batchStatistics.getRow(0);
        batchVariance = batchStatistics.getRow(1);
        meanGradient = Nd4j.zeros(type, size);
        varianceGradient = Nd4j.zeros(type, size);
        final int inputs = 3 + parameters().size();
        batchnorm = withFlags(new ReusedOp("batchnorm", inputs));
        batchnormBackward = withFlags(new ReusedOp("batchnorm_bp", inputs + 1));
        heap = onHeap ? new HeapBatchNorm(size, spec.epsilon()) : null;
    }

    @Override
    public INDArray forward(final INDArray x, final boolean training) {
        final INDArray y = output.like(x);
        if (!training) {
            if (heap != null) {
                heap.infer(x, gamma == null ? null : gamma.value(), beta == null ? null : beta.value(), runningMean,
                    runningVariance, y);
            } else {
                normalize(x, runningMean, runningVariance, y);
            }
            return y;
        }
        if (heap != null) {
            heap.forward(x, gamma == null ? null : gamma.value(), beta == null ? null : beta.value(), batchMean,
                batchVariance, y);
        } else {
            moments.run(x, batchMean, batchVariance);
            normalize(x, batchMean, batchVariance, y);
        }
        // running = momentum running + (1 - momentum) batch, for the mean and the variance at once
        Scaling.scale(running, spec.momentum());
        Nd4j.getBlasWrapper().level1().axpy(running.length(), 1 - spec.momentum(), batchStatistics, running);
        lastInput = x;
        return y;
    }

    private void normalize(final INDArray x, final INDArray mean, final INDArray variance, final INDArray y) {
        final List<INDArray> arrays = inputs(x, mean, variance);
        arrays.add(y);
        batchnorm.run(arrays.toArray(INDArray[]::new));
    }

    @Override
    public INDArray backward(final INDArray delta) {
        final INDArray inputDelta = dx.like(delta);
        if (heap != null) {
            heap.backward(delta, inputDelta, gamma == null ? null : gamma.gradient(),
                beta == null ? null : beta.gradient());
            return inputDelta;
        }
        final List<INDArray> arrays = inputs(lastInput, batchMean, batchVariance);
        arrays.addAll(List.of(delta, inputDelta, meanGradient, varianceGradient));
        parameters().forEach(p -> arrays.add(p.gradient()));
        batchnormBackward.run(arrays.toArray(INDArray[]::new));
        return inputDelta;
    }

    /** @return x, mean, variance, then gamma and beta when learnt: the inputs of batchnorm and batchnorm_bp */
    private List<INDArray> inputs(final INDArray x, final INDArray mean, final INDArray variance) {
        final List<INDArray> inputs = new ArrayList<>(List.of(x, mean, variance));
        parameters().forEach(p -> inputs.add(p.value()));
        return inputs;
    }

    /** @return libnd4j's batchnorm op with the flags for gamma and beta, the feature axis and epsilon */
    private ReusedOp withFlags(final ReusedOp op) {
        return op.integers(gamma != null ? 1 : 0, beta != null ? 1 : 0, FEATURE_AXIS).floats(spec.epsilon());
    }

    @Override
    public List<Parameter> parameters() {
        final List<Parameter> learnt = new ArrayList<>();
        if (gamma != null) {
            learnt.add(gamma);
        }
        if (beta != null) {
            learnt.add(beta);
        }
        return learnt;
    }

    @Override
    public Map<String, INDArray> state() {
        return Map.of(name + "/running_mean", runningMean, name + "/running_variance", runningVariance);
    }

    @Override
    public double penalty() {
        return 0;
    }
}
