package org.dlnodes.engine.spec;

/**
 * An optimizer with its hyper-parameters (Keras' names and defaults), gradient clipping and learning-rate schedule.
 * Parameters an optimizer does not use keep their defaults and are ignored.
 *
 * @param type the update rule
 * @param learningRate the initial learning rate
 * @param momentum the momentum of SGD with momentum, Nesterov and RMSProp
 * @param beta1 the decay of the first moment (Adam family)
 * @param beta2 the decay of the second moment (Adam family)
 * @param epsilon the small constant for numerical stability
 * @param rho the decay of RMSProp's and AdaDelta's averages
 * @param centered whether RMSProp divides by the centered (variance) estimate
 * @param initialAccumulator AdaGrad's starting value of the squared-gradient sum
 * @param clipNorm clip the gradient (all parameters as one vector) to this L2 norm, 0 for no clipping
 * @param clipValue clip every gradient element to [-clipValue, clipValue], 0 for no clipping
 * @param schedule how the learning rate changes with the step number
 */
public record OptimizerSpec(OptimizerType type, double learningRate, double momentum, double beta1, double beta2,
    double epsilon, double rho, boolean centered, double initialAccumulator, double clipNorm, double clipValue,
    ScheduleSpec schedule) {

    /** @return a builder with Keras' defaults for the given optimizer */
    public static Builder builder(final OptimizerType type) {
        return new Builder(type);
    }

    /** @return Adam with Keras' defaults */
    public static OptimizerSpec adam() {
        return builder(OptimizerType.ADAM).build();
    }

    /** @return a builder starting from this spec */
    public Builder toBuilder() {
        final Builder b = new Builder(type);
        b.learningRate = learningRate;
        b.momentum = momentum;
        b.beta1 = beta1;
        b.beta2 = beta2;
        b.epsilon = epsilon;
        b.rho = rho;
        b.centered = centered;
        b.initialAccumulator = initialAccumulator;
        b.clipNorm = clipNorm;
        b.clipValue = clipValue;
        b.schedule = schedule;
        return b;
    }

    /** Collects the hyper-parameters; validation happens when the spec becomes part of a {@link NetworkSpec}. */
    public static final class Builder {
        private final OptimizerType type;

        private double learningRate;

        private double momentum;

        private double beta1 = 0.9;

        private double beta2 = 0.999;

        private double epsilon = 1e-7;

        private double rho;

        private boolean centered;

        private double initialAccumulator = 0.1;

        private double clipNorm;

        private double clipValue;

        private ScheduleSpec schedule = ScheduleSpec.CONSTANT;

        private Builder(final OptimizerType type) {
            this.type = type;
            final boolean sgdFamily = type == OptimizerType.SGD || type == OptimizerType.MOMENTUM
                || type == OptimizerType.NESTEROV;
            learningRate = sgdFamily ? 0.01 : 0.001;
            momentum = type == OptimizerType.MOMENTUM || type == OptimizerType.NESTEROV ? 0.9 : 0.0;
            rho = type == OptimizerType.ADADELTA ? 0.95 : 0.9;
        }

        public Builder learningRate(final double value) {
            learningRate = value;
            return this;
        }

        public Builder momentum(final double value) {
            momentum = value;
            return this;
        }

        public Builder beta1(final double value) {
            beta1 = value;
            return this;
        }

        public Builder beta2(final double value) {
            beta2 = value;
            return this;
        }

        public Builder epsilon(final double value) {
            epsilon = value;
            return this;
        }

        public Builder rho(final double value) {
            rho = value;
            return this;
        }

        public Builder centered(final boolean value) {
            centered = value;
            return this;
        }

        public Builder initialAccumulator(final double value) {
            initialAccumulator = value;
            return this;
        }

        public Builder clipNorm(final double value) {
            clipNorm = value;
            return this;
        }

        public Builder clipValue(final double value) {
            clipValue = value;
            return this;
        }

        public Builder schedule(final ScheduleSpec value) {
            schedule = value;
            return this;
        }

        public OptimizerSpec build() {
            return new OptimizerSpec(type, learningRate, momentum, beta1, beta2, epsilon, rho, centered,
                initialAccumulator, clipNorm, clipValue, schedule);
        }
    }
}
