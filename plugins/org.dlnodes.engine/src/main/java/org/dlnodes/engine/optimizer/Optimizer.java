package org.dlnodes.engine.optimizer;

import java.util.LinkedHashMap;
import java.util.Map;

import org.dlnodes.engine.spec.OptimizerSpec;
import org.dlnodes.engine.tensor.HostCopy;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Updates the flat parameter vector from the flat gradient vector, in place: first gradient clipping, then the
 * learning rate of the schedule at this step, then the update rule of the subclass (Keras' formulas, with its
 * step count {@code t} starting at 1). The state (moments, accumulators) is kept in arrays named for saving.
 *
 * <p>Each subclass writes its rule twice, next to each other: with ND4J's operations for double precision and the GPU
 * ({@link #update}), and as a Java loop for float32 on the CPU ({@link #hostRule}), which {@link HostUpdate} runs
 * several times faster.
 */
public abstract class Optimizer {

    private final OptimizerSpec spec;

    private final Map<String, INDArray> state = new LinkedHashMap<>();

    private final INDArray scratch;

    /** The Java loops for float32 on the CPU; null for ND4J's operations. */
    private final HostUpdate host;

    private long iterations;

    /**
     * @param spec the hyper-parameters
     * @param size the number of parameters
     * @param type the parameters' data type
     */
    protected Optimizer(final OptimizerSpec spec, final long size, final DataType type) {
        this.spec = spec;
        this.scratch = Nd4j.zeros(type, size);
        host = HostCopy.available(type) ? new HostUpdate(Math.toIntExact(size), spec) : null;
    }

    /** @return a state vector, zero-filled, saved under {@code name} */
    protected final INDArray stateVector(final String name, final double initialValue) {
        final INDArray vector = scratch.like().assign(initialValue);
        state.put(name, vector);
        if (host != null) {
            host.addState(name, initialValue);
        }
        return vector;
    }

    /**
     * One optimization step; clips {@code gradients} in place.
     *
     * @param parameters the network's parameters, updated in place
     * @param gradients their gradients
     */
    public final void step(final INDArray parameters, final INDArray gradients) {
        GradientClipping.clip(gradients, spec.clipNorm(), spec.clipValue());
        final double learningRate = spec.schedule().learningRate(spec.learningRate(), iterations);
        iterations++;
        if (host != null) {
            host.step(parameters, gradients, hostRule(learningRate, iterations));
        } else {
            update(parameters, gradients, learningRate, iterations, scratch);
        }
    }

    /**
     * Applies the update rule.
     *
     * @param w the parameters, updated in place
     * @param g the (clipped) gradients
     * @param learningRate the learning rate of this step
     * @param t the step number, from 1
     * @param work a vector of w's size for intermediate results
     */
    protected abstract void update(INDArray w, INDArray g, double learningRate, long t, INDArray work);

    /**
     * The update rule as a Java loop over float arrays, for float32 on the CPU; called once per step, before the loop
     * runs (possibly in parts on several threads).
     *
     * @param learningRate the learning rate of this step
     * @param t the step number, from 1
     * @return the loop over a range of parameters, whose state arrays come in the order of {@link #stateVector}
     */
    protected abstract HostUpdate.Rule hostRule(double learningRate, long t);

    /** @return the hyper-parameters */
    protected final OptimizerSpec spec() {
        return spec;
    }

    /** @return the number of steps taken */
    public final long iterations() {
        return iterations;
    }

    /** @return the state arrays by name, live; with {@link #iterations()} all that resuming training needs */
    public Map<String, INDArray> state() {
        if (host != null) {
            host.saveTo(state);
        }
        return state;
    }

    /**
     * Continues from a saved state.
     *
     * @param saved the arrays of {@link #state()}
     * @param steps the number of steps taken
     */
    public void restore(final Map<String, INDArray> saved, final long steps) {
        for (final Map.Entry<String, INDArray> entry : state.entrySet()) {
            final INDArray value = saved.get(entry.getKey());
            if (value == null || value.length() != entry.getValue().length()) {
                throw new IllegalArgumentException("The saved optimizer state '" + entry.getKey()
                    + "' is missing or has the wrong size.");
            }
            entry.getValue().assign(value.reshape(entry.getValue().shape()));
        }
        if (host != null) {
            host.loadFrom(state);
        }
        iterations = steps;
    }
}
