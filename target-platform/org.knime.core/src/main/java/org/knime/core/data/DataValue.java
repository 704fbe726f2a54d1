package org.knime.core.data;

/** Stand-in for KNIME's marker of what a cell holds; cells implement the value interfaces of their content. */
public interface DataValue {
}
