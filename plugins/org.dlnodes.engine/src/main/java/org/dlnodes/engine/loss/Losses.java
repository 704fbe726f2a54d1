package org.dlnodes.engine.loss;

import org.dlnodes.engine.activation.Activations;
import org.dlnodes.engine.spec.ActivationSpec;
import org.dlnodes.engine.spec.LossSpec;

/** Makes the loss a spec names, for an output layer with the given activation. */
public final class Losses {

    private Losses() {
    }

    /** @return the loss; the spec has been validated, so fused losses meet their activation */
    public static Loss create(final LossSpec spec, final ActivationSpec outputActivation) {
        final ClassWeights weights = ClassWeights.of(spec.classWeights());
        return switch (spec.type()) {
            case MEAN_SQUARED_ERROR -> new MeanSquaredError(Activations.create(outputActivation));
            case MEAN_ABSOLUTE_ERROR -> new MeanAbsoluteError(Activations.create(outputActivation));
            case HUBER -> new Huber(Activations.create(outputActivation), spec.delta());
            case MEAN_SQUARED_LOGARITHMIC_ERROR -> new MeanSquaredLogarithmicError(
                Activations.create(outputActivation));
            case CATEGORICAL_CROSS_ENTROPY -> new CategoricalCrossEntropy(weights);
            case SPARSE_CATEGORICAL_CROSS_ENTROPY -> new SparseCategoricalCrossEntropy(weights);
            case BINARY_CROSS_ENTROPY -> new BinaryCrossEntropy(weights);
            case HINGE -> new Hinge(weights, Activations.create(outputActivation));
            case SQUARED_HINGE -> new SquaredHinge(weights, Activations.create(outputActivation));
            case CATEGORICAL_HINGE -> new CategoricalHinge(weights, Activations.create(outputActivation));
            case KL_DIVERGENCE -> new KlDivergence(weights, Activations.create(outputActivation));
            case POISSON -> new Poisson(Activations.create(outputActivation));
        };
    }
}
