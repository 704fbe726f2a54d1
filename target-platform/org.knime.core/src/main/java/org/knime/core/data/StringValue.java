package org.knime.core.data;

/** Stand-in for KNIME's interface of cells holding a string. */
public interface StringValue extends DataValue {

    /** @return the string */
    String getStringValue();
}
