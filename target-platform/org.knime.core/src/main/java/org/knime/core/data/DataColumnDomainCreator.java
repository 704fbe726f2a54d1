package org.knime.core.data;

import java.util.Set;

/** Stand-in for KNIME's builder of column domains. */
public final class DataColumnDomainCreator {

    private Set<? extends DataCell> m_values;

    private DataCell m_lower;

    private DataCell m_upper;

    /** A domain with nothing known. */
    public DataColumnDomainCreator() {
    }

    /** @param values the possible values, in order */
    public DataColumnDomainCreator(final Set<? extends DataCell> values) {
        m_values = values;
    }

    /**
     * @param lower the lower bound
     * @param upper the upper bound
     */
    public DataColumnDomainCreator(final DataCell lower, final DataCell upper) {
        m_lower = lower;
        m_upper = upper;
    }

    /** @param values the possible values, in order; null for unknown */
    public void setValues(final Set<? extends DataCell> values) {
        m_values = values;
    }

    /** @return the domain */
    public DataColumnDomain createDomain() {
        return new DataColumnDomain(m_values, m_lower, m_upper);
    }
}
