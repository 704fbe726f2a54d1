package org.knime.core.data;

/** Stand-in for KNIME's interface of cells holding a number. */
public interface DoubleValue extends DataValue {

    /** @return the number */
    double getDoubleValue();
}
