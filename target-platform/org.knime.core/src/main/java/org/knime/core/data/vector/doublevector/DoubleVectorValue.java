package org.knime.core.data.vector.doublevector;

import org.knime.core.data.DataValue;

/** Stand-in for KNIME's value of a (dense or sparse) vector of doubles (the nested {@code UTILITY} left out). */
public interface DoubleVectorValue extends DataValue {

    /** @return the vector's length, at least 0 */
    public int getLength();

    /**
     * @param index the position, from 0
     * @return the value at the position
     * @throws IndexOutOfBoundsException if the position is outside the vector
     */
    public double getValue(final int index);
}
