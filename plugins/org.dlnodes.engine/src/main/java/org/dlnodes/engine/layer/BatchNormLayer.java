package org.dlnodes.engine.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dlnodes.engine.spec.BatchNormSpec;
import org.dlnodes.engine.tensor.ReusableArray;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalization per feature: {@code xhat = (x - mean) / sqrt(var + epsilon)}, {@code y = gamma xhat + beta},
 * with the batch's mean and biased variance in training (which also updates the running ones) and the running ones
 * at inference. Backward (training), over a batch of N:
 * {@code dx = gamma / sqrt(var + epsilon) * (delta - (sum delta + xhat * sum(delta xhat)) / N)},
 * {@code dgamma = sum(delta xhat)}, {@code dbeta = sum delta}.
 */
public final class BatchNormLayer implements Layer {

    private final BatchNormSpec spec;

    private final String name;

    private final Parameter gamma;

    private final Parameter beta;

    private final INDArray scale;

    private final INDArray runningMean;

    private final INDArray runningVariance;

    private final ReusableArray normalized = new ReusableArray();

    private final ReusableArray output = new ReusableArray();

    private final ReusableArray dx = new ReusableArray();

    private INDArray lastNormalized;

    private INDArray lastInverseStd;

    /**
     * @param name the layer's name, prefix of its arrays' names
     * @param spec the settings
     * @param size the number of features
     * @param block where gamma and beta live, when they are learnt
     * @param type the data type of the running statistics
     */
    public BatchNormLayer(final String name, final BatchNormSpec spec, final int size, final ParameterBlock block,
        final DataType type) {
        this.name = name;
        this.spec = spec;
        gamma = spec.scale() ? block.take(name + "/gamma", size) : null;
        beta = spec.center() ? block.take(name + "/beta", size) : null;
        if (gamma != null) {
            gamma.value().assign(1);
        }
        scale = gamma != null ? gamma.value() : Nd4j.ones(type, size);
        runningMean = Nd4j.zeros(type, size);
        runningVariance = Nd4j.ones(type, size);
    }

    @Override
    public INDArray forward(final INDArray x, final boolean training) {
        final INDArray mean;
        final INDArray variance;
        if (training) {
            // reshaped because ND4J keeps the row shape [1, n] when the batch has a single row
            mean = x.mean(0).reshape(runningMean.shape());
            variance = x.var(false, 0).reshape(runningMean.shape());
            runningMean.muli(spec.momentum()).addi(mean.mul(1 - spec.momentum()));
            runningVariance.muli(spec.momentum()).addi(variance.mul(1 - spec.momentum()));
        } else {
            mean = runningMean;
            variance = runningVariance;
        }
        lastInverseStd = Transforms.sqrt(variance.add(spec.epsilon()), false).rdivi(1);
        lastNormalized = normalized.like(x).assign(x).subiRowVector(mean).muliRowVector(lastInverseStd);
        final INDArray y = output.like(x).assign(lastNormalized).muliRowVector(scale);
        if (beta != null) {
            y.addiRowVector(beta.value());
        }
        return y;
    }

    @Override
    public INDArray backward(final INDArray delta) {
        final INDArray inputDelta = dx.like(delta);
        final INDArray sumDelta = delta.sum(0);
        final INDArray sumDeltaNormalized = inputDelta.assign(delta).muli(lastNormalized).sum(0);
        if (gamma != null) {
            gamma.gradient().assign(sumDeltaNormalized);
        }
        if (beta != null) {
            beta.gradient().assign(sumDelta);
        }
        return inputDelta.assign(lastNormalized).muliRowVector(sumDeltaNormalized).addiRowVector(sumDelta)
            .divi(-delta.rows()).addi(delta).muliRowVector(lastInverseStd.mul(scale));
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
