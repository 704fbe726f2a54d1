package org.dlnodes.engine.spec;

/** How the learning rate changes with the step number t (counted from 0). */
public enum ScheduleType {
    /** {@code lr}. */
    CONSTANT,
    /** {@code lr * rate^floor(t / steps)}. */
    STEP_DECAY,
    /** {@code lr * rate^(t / steps)}, Keras' ExponentialDecay. */
    EXPONENTIAL_DECAY,
    /** {@code lr * ((1 - alpha) * 0.5 * (1 + cos(pi * min(t, steps) / steps)) + alpha)}, Keras' CosineDecay. */
    COSINE_DECAY
}
