package org.dlnodes.engine.spec;

import java.util.List;

/**
 * Every rule a network spec must satisfy, in one place, checked before anything native runs. Each message says which
 * layer is wrong and how to fix it.
 */
final class SpecValidator {

    private SpecValidator() {
    }

    static void validate(final int inputFeatures, final List<LayerSpec> layers, final LossSpec loss,
        final OptimizerSpec optimizer) {
        check(inputFeatures >= 0, "The input size is " + inputFeatures
            + "; give the number of features (at least 1) or leave it to be inferred from the data.");
        for (int i = 0; i < layers.size(); i++) {
            final LayerSpec layer = layers.get(i);
            check(layer != null, "Layer " + (i + 1) + " is missing; remove the empty entry.");
            final String where = "Layer " + (i + 1) + " (" + layer.kind() + "): ";
            if (layer instanceof DenseSpec dense) {
                validateDense(where, dense);
            } else if (layer instanceof DropoutSpec dropout) {
                check(dropout.rate() >= 0 && dropout.rate() < 1, where + "the dropout rate is " + dropout.rate()
                    + "; it must be at least 0 and below 1 (1 would drop every input).");
            } else if (layer instanceof BatchNormSpec norm) {
                check(norm.momentum() >= 0 && norm.momentum() < 1,
                    where + "the momentum is " + norm.momentum() + "; it must be at least 0 and below 1 (e.g. 0.99).");
                check(norm.epsilon() > 0 && Double.isFinite(norm.epsilon()),
                    where + "epsilon is " + norm.epsilon() + "; it must be a small positive number (e.g. 0.001).");
            }
        }
        if (loss != null) {
            validateLoss(layers, loss);
        }
        if (optimizer != null) {
            validateOptimizer(optimizer);
        }
    }

    private static void validateDense(final String where, final DenseSpec dense) {
        check(dense.units() >= 1, where + "the number of units is " + dense.units() + "; it must be at least 1.");
        check(dense.activation() != null && dense.activation().type() != null,
            where + "the activation is missing; choose one (e.g. relu).");
        final ActivationSpec activation = dense.activation();
        check(!(activation.type() == ActivationType.SOFTMAX && dense.units() < 2), where
            + "softmax over 1 unit is always 1; use sigmoid for a single output, or one unit per class.");
        check(!(activation.type() == ActivationType.LEAKY_RELU && !(activation.alpha() >= 0)),
            where + "leaky ReLU's alpha is " + activation.alpha() + "; it must be at least 0 (e.g. 0.3).");
        check(!(activation.type() == ActivationType.ELU && !(activation.alpha() > 0)),
            where + "ELU's alpha is " + activation.alpha() + "; it must be positive (e.g. 1).");
        check(Double.isFinite(activation.alpha()), where + "the activation's alpha must be a finite number.");
        validateInitializer(where + "the weight initializer: ", dense.weightInit());
        check(!dense.weightInit().type().isConstant(), where + "weights initialized to a constant ("
            + dense.weightInit() + ") all learn the same; use e.g. glorot_uniform or he_normal.");
        validateInitializer(where + "the bias initializer: ", dense.biasInit());
        check(dense.biasInit().type().isConstant(),
            where + "biases are initialized to a constant; use zeros or constant instead of " + dense.biasInit() + ".");
        check(dense.l1() >= 0 && Double.isFinite(dense.l1()),
            where + "L1 is " + dense.l1() + "; it must be 0 (none) or positive.");
        check(dense.l2() >= 0 && Double.isFinite(dense.l2()),
            where + "L2 is " + dense.l2() + "; it must be 0 (none) or positive.");
    }

    private static void validateInitializer(final String where, final InitializerSpec init) {
        check(init != null && init.type() != null, where + "it is missing; choose one.");
        check(Double.isFinite(init.a()) && Double.isFinite(init.b()), where + "its parameters must be finite.");
        check(init.type() != InitializerType.NORMAL || init.a() > 0,
            where + "the standard deviation is " + init.a() + "; it must be positive (e.g. 0.05).");
        check(init.type() != InitializerType.UNIFORM || init.a() < init.b(),
            where + "the range [" + init.a() + ", " + init.b() + ") is empty; the lower bound must be below the upper.");
    }

    /** A loss sits on the output layer, which must be Dense and fit it; a network without a loss is still growing. */
    private static void validateLoss(final List<LayerSpec> layers, final LossSpec loss) {
        check(!layers.isEmpty(), "The network has no layers for the loss; add at least a Dense output layer first.");
        final int outputIndex = layers.size();
        if (!(layers.get(outputIndex - 1) instanceof DenseSpec output)) {
            throw new InvalidSpecException("Layer " + outputIndex + " (" + layers.get(outputIndex - 1).kind()
                + ") is the last layer; the output layer must be Dense: add a Dense layer with one unit per output"
                + " before the loss.");
        }
        check(loss.type() != null, "The loss type is missing; choose one.");
        final String where = "Layer " + outputIndex + " (Dense, output) with " + loss.type().name().toLowerCase()
            + ": ";
        final ActivationType activation = output.activation().type();
        switch (loss.type()) {
            case CATEGORICAL_CROSS_ENTROPY, SPARSE_CATEGORICAL_CROSS_ENTROPY, KL_DIVERGENCE -> check(
                activation == ActivationType.SOFTMAX, where + "the output activation is " + output.activation()
                    + "; this loss compares class probabilities, so use softmax (one unit per class).");
            case BINARY_CROSS_ENTROPY -> {
                check(activation == ActivationType.SIGMOID, where + "the output activation is "
                    + output.activation() + "; use sigmoid.");
                check(output.units() == 1, where + "there are " + output.units() + " output units; binary"
                    + " cross-entropy needs 1, or use categorical cross-entropy with softmax for "
                    + output.units() + " classes.");
            }
            case CATEGORICAL_HINGE -> check(output.units() >= 2,
                where + "there is 1 output unit; categorical hinge needs one unit per class, or use hinge.");
            case HUBER -> check(loss.delta() > 0 && Double.isFinite(loss.delta()),
                where + "delta is " + loss.delta() + "; it must be positive (e.g. 1).");
            default -> {
                // the other losses take any output activation
            }
        }
        if (!loss.classWeights().isEmpty()) {
            check(loss.type().isClassification(),
                where + "class weights are only for classification losses; remove them.");
            final int classes = Math.max(2, output.units());
            check(loss.classWeights().size() == classes, where + "there are " + loss.classWeights().size()
                + " class weights for " + classes + " classes; give one per class.");
            check(loss.classWeights().stream().allMatch(w -> w != null && w >= 0 && Double.isFinite(w)),
                where + "class weights must be finite and not negative.");
        }
    }

    private static void validateOptimizer(final OptimizerSpec o) {
        final String where = "Optimizer " + (o.type() == null ? "" : o.type().name().toLowerCase()) + ": ";
        check(o.type() != null, "The optimizer type is missing; choose one (e.g. Adam).");
        check(o.learningRate() > 0 && Double.isFinite(o.learningRate()),
            where + "the learning rate is " + o.learningRate() + "; it must be positive (e.g. 0.001).");
        check(o.momentum() >= 0 && o.momentum() < 1, where + "momentum is " + o.momentum() + "; use [0, 1).");
        check(o.beta1() >= 0 && o.beta1() < 1, where + "beta1 is " + o.beta1() + "; use [0, 1), e.g. 0.9.");
        check(o.beta2() >= 0 && o.beta2() < 1, where + "beta2 is " + o.beta2() + "; use [0, 1), e.g. 0.999.");
        check(o.rho() >= 0 && o.rho() < 1, where + "rho is " + o.rho() + "; use [0, 1), e.g. 0.9.");
        check(o.epsilon() > 0 && Double.isFinite(o.epsilon()),
            where + "epsilon is " + o.epsilon() + "; it must be a small positive number (e.g. 1e-7).");
        check(o.initialAccumulator() >= 0 && Double.isFinite(o.initialAccumulator()),
            where + "the initial accumulator is " + o.initialAccumulator() + "; it must be 0 or positive.");
        check(o.clipNorm() >= 0 && Double.isFinite(o.clipNorm()),
            where + "clip norm is " + o.clipNorm() + "; use 0 for no clipping or a positive norm.");
        check(o.clipValue() >= 0 && Double.isFinite(o.clipValue()),
            where + "clip value is " + o.clipValue() + "; use 0 for no clipping or a positive bound.");
        final ScheduleSpec s = o.schedule();
        check(s != null && s.type() != null, where + "the learning-rate schedule is missing; use constant.");
        check(s.steps() >= 1, where + "the schedule's decay steps are " + s.steps() + "; use at least 1.");
        check(s.rate() > 0 && s.rate() <= 1, where + "the schedule's decay rate is " + s.rate() + "; use (0, 1].");
        check(s.alpha() >= 0 && s.alpha() <= 1, where + "the schedule's alpha is " + s.alpha() + "; use [0, 1].");
    }

    private static void check(final boolean valid, final String message) {
        if (!valid) {
            throw new InvalidSpecException(message);
        }
    }
}
