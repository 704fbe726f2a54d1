package org.knime.core.data;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Stand-in for KNIME's column domain: the possible values of a nominal column and the bounds of a numeric one. */
public final class DataColumnDomain {

    private final Set<DataCell> m_values;

    private final DataCell m_lower;

    private final DataCell m_upper;

    DataColumnDomain(final Set<? extends DataCell> values, final DataCell lower, final DataCell upper) {
        m_values = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
        m_lower = lower;
        m_upper = upper;
    }

    /** @return the possible values in their order, null when not known */
    public Set<DataCell> getValues() {
        return m_values;
    }

    /** @return whether the possible values are known */
    public boolean hasValues() {
        return m_values != null;
    }

    /** @return the lower bound, null when not known */
    public DataCell getLowerBound() {
        return m_lower;
    }

    /** @return the upper bound, null when not known */
    public DataCell getUpperBound() {
        return m_upper;
    }

    /** @return whether both bounds are known */
    public boolean hasBounds() {
        return m_lower != null && m_upper != null;
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof DataColumnDomain d && Objects.equals(m_values, d.m_values)
            && Objects.equals(m_lower, d.m_lower) && Objects.equals(m_upper, d.m_upper);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_values, m_lower, m_upper);
    }
}
