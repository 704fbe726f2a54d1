package org.knime.core.data;

/** Stand-in for KNIME's interface of cells holding an integer. */
public interface IntValue extends DataValue {

    /** @return the integer */
    int getIntValue();
}
