package org.knime.core.data;

import java.util.List;
import java.util.Objects;

/**
 * Stand-in for KNIME's column spec: name, type, domain and element names (properties, handlers and color left out).
 */
public final class DataColumnSpec {

    private final String m_name;

    private final DataType m_type;

    private final DataColumnDomain m_domain;

    private final List<String> m_elementNames;

    DataColumnSpec(final String name, final DataType type, final DataColumnDomain domain,
        final List<String> elementNames) {
        m_name = name;
        m_type = type;
        m_domain = domain;
        m_elementNames = List.copyOf(elementNames);
    }

    /** @return the column's name */
    public String getName() {
        return m_name;
    }

    /** @return the column's type */
    public DataType getType() {
        return m_type;
    }

    /** @return the column's domain, never null */
    public DataColumnDomain getDomain() {
        return m_domain;
    }

    /** @return the names of a vector column's positions, if set; often empty, never null */
    public List<String> getElementNames() {
        return m_elementNames;
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof DataColumnSpec s && s.m_name.equals(m_name) && s.m_type.equals(m_type)
            && s.m_domain.equals(m_domain) && s.m_elementNames.equals(m_elementNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_name, m_type, m_domain);
    }

    @Override
    public String toString() {
        return m_name + " (" + m_type + ")";
    }
}
