package org.knime.core.data;

/** Stand-in for KNIME's marker of cells whose values are categories (possible values in the domain). */
public interface NominalValue extends DataValue {
}
