package org.dlnodes.engine.spec;

/**
 * A weight or bias initializer.
 *
 * @param type the distribution
 * @param a the constant of {@code CONSTANT}, the standard deviation of {@code NORMAL}, the lower bound of
 *            {@code UNIFORM}; unused otherwise
 * @param b the upper bound of {@code UNIFORM}; unused otherwise
 */
public record InitializerSpec(InitializerType type, double a, double b) {

    /** @return an initializer without parameters, e.g. {@code GLOROT_UNIFORM} */
    public static InitializerSpec of(final InitializerType type) {
        return new InitializerSpec(type, 0, 0);
    }

    /** @return every element equal to {@code value} */
    public static InitializerSpec constant(final double value) {
        return new InitializerSpec(InitializerType.CONSTANT, value, 0);
    }

    /** @return normal with mean 0 and the given standard deviation */
    public static InitializerSpec normal(final double std) {
        return new InitializerSpec(InitializerType.NORMAL, std, 0);
    }

    /** @return uniform on [low, high) */
    public static InitializerSpec uniform(final double low, final double high) {
        return new InitializerSpec(InitializerType.UNIFORM, low, high);
    }

    @Override
    public String toString() {
        return switch (type) {
            case CONSTANT -> "constant(" + a + ")";
            case NORMAL -> "normal(std=" + a + ")";
            case UNIFORM -> "uniform(" + a + ", " + b + ")";
            default -> type.name().toLowerCase();
        };
    }
}
