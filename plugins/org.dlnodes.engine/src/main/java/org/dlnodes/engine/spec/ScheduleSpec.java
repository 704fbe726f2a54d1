package org.dlnodes.engine.spec;

/**
 * A learning-rate schedule; see {@link ScheduleType} for the formulas.
 *
 * @param type the schedule
 * @param steps the decay period in optimizer steps (unused for {@code CONSTANT})
 * @param rate the decay factor of the step and exponential decays, in (0, 1]
 * @param alpha the cosine decay's final fraction of the learning rate, in [0, 1]
 */
public record ScheduleSpec(ScheduleType type, int steps, double rate, double alpha) {

    /** The constant learning rate. */
    public static final ScheduleSpec CONSTANT = new ScheduleSpec(ScheduleType.CONSTANT, 1, 1, 0);

    /** @return {@code lr * rate^floor(t / steps)} */
    public static ScheduleSpec stepDecay(final int steps, final double rate) {
        return new ScheduleSpec(ScheduleType.STEP_DECAY, steps, rate, 0);
    }

    /** @return {@code lr * rate^(t / steps)} */
    public static ScheduleSpec exponentialDecay(final int steps, final double rate) {
        return new ScheduleSpec(ScheduleType.EXPONENTIAL_DECAY, steps, rate, 0);
    }

    /** @return cosine decay to {@code alpha * lr} over {@code steps} */
    public static ScheduleSpec cosineDecay(final int steps, final double alpha) {
        return new ScheduleSpec(ScheduleType.COSINE_DECAY, steps, 1, alpha);
    }

    /** @return the learning rate at step t (from 0) */
    public double learningRate(final double initial, final long t) {
        return switch (type) {
            case CONSTANT -> initial;
            case STEP_DECAY -> initial * Math.pow(rate, Math.floor((double)t / steps));
            case EXPONENTIAL_DECAY -> initial * Math.pow(rate, (double)t / steps);
            case COSINE_DECAY -> {
                final double cosine = 0.5 * (1 + Math.cos(Math.PI * Math.min(t, steps) / steps));
                yield initial * ((1 - alpha) * cosine + alpha);
            }
        };
    }
}
