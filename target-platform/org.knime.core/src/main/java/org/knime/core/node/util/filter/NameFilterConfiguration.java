package org.knime.core.node.util.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Stand-in for KNIME's include/exclude configuration of names, saved as KNIME saves it (sub-settings with
 * {@code filter-type}, {@code included_names}, {@code excluded_names} and {@code enforce_option}). Only the
 * standard include/exclude filter; the name pattern filter is left out.
 */
public class NameFilterConfiguration implements Cloneable {

    /** Identifier of the include/exclude filter. */
    protected static final String TYPE = "STANDARD";

    private static final String KEY_INCLUDED_NAMES = "included_names";

    private static final String KEY_EXCLUDED_NAMES = "excluded_names";

    private static final String KEY_ENFORCE_OPTION = "enforce_option";

    private static final String KEY_FILTER_TYPE = "filter-type";

    private final String m_configRootName;

    private String[] m_includeList = new String[0];

    private String[] m_excludeList = new String[0];

    private EnforceOption m_enforceOption = EnforceOption.EnforceExclusion;

    /** What happens to names in neither list: included (EnforceExclusion) or excluded (EnforceInclusion). */
    public enum EnforceOption {
        /** New names are excluded; only the include list is included. */
        EnforceInclusion,
        /** New names are included; only the exclude list is excluded. */
        EnforceExclusion;

        /**
         * @param name the option's name
         * @return the option
         * @throws InvalidSettingsException if the name is no option
         */
        public static EnforceOption parse(final String name) throws InvalidSettingsException {
            try {
                return EnforceOption.valueOf(name);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidSettingsException("Can't parse enforce option: " + name, e);
            }
        }
    }

    /** The names a configuration includes and excludes, in the order they were given. */
    public static class FilterResult {

        private final String[] m_incls;

        private final String[] m_excls;

        private final String[] m_removedFromIncludes;

        private final String[] m_removedFromExcludes;

        /**
         * @param incls the included names
         * @param excls the excluded names
         * @param removedFromIncludes names the include list has but the input not
         * @param removedFromExcludes names the exclude list has but the input not
         */
        public FilterResult(final List<String> incls, final List<String> excls,
            final List<String> removedFromIncludes, final List<String> removedFromExcludes) {
            m_incls = incls.toArray(new String[0]);
            m_excls = excls.toArray(new String[0]);
            m_removedFromIncludes = removedFromIncludes.toArray(new String[0]);
            m_removedFromExcludes = removedFromExcludes.toArray(new String[0]);
        }

        /** @return the included names */
        public String[] getIncludes() {
            return m_incls;
        }

        /** @return the excluded names */
        public String[] getExcludes() {
            return m_excls;
        }

        /** @return names the include list has but the input not */
        public String[] getRemovedFromIncludes() {
            return m_removedFromIncludes;
        }

        /** @return names the exclude list has but the input not */
        public String[] getRemovedFromExcludes() {
            return m_removedFromExcludes;
        }
    }

    /** @param configRootName the key of the sub-settings, not empty */
    public NameFilterConfiguration(final String configRootName) {
        if (configRootName == null || configRootName.isEmpty()) {
            throw new IllegalArgumentException("Config name must not be null or empty.");
        }
        m_configRootName = configRootName;
    }

    /** @return the key of the sub-settings */
    public final String getConfigRootName() {
        return m_configRootName;
    }

    /**
     * @param settings to read the sub-settings from
     * @throws InvalidSettingsException if they are missing or inconsistent
     */
    public final void loadConfigurationInModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        final NodeSettingsRO sub = settings.getNodeSettings(m_configRootName);
        final String type = sub.getString(KEY_FILTER_TYPE);
        if (!TYPE.equals(type)) {
            throw new InvalidSettingsException("Invalid type: " + type);
        }
        m_enforceOption = EnforceOption.parse(sub.getString(KEY_ENFORCE_OPTION));
        m_includeList = sub.getStringArray(KEY_INCLUDED_NAMES);
        m_excludeList = sub.getStringArray(KEY_EXCLUDED_NAMES);
    }

    /** @param settings to write the sub-settings into */
    public final void saveConfiguration(final NodeSettingsWO settings) {
        final NodeSettingsWO sub = settings.addNodeSettings(m_configRootName);
        sub.addString(KEY_FILTER_TYPE, TYPE);
        sub.addStringArray(KEY_INCLUDED_NAMES, m_includeList);
        sub.addStringArray(KEY_EXCLUDED_NAMES, m_excludeList);
        sub.addString(KEY_ENFORCE_OPTION, m_enforceOption.name());
    }

    /**
     * @param names the names to filter, in order
     * @return the included and excluded names
     */
    public FilterResult applyTo(final String[] names) {
        final List<String> includes = new ArrayList<>();
        final List<String> excludes = new ArrayList<>();
        final List<String> included = Arrays.asList(m_includeList);
        final List<String> excluded = Arrays.asList(m_excludeList);
        for (final String name : names) {
            final boolean include = included.contains(name)
                || !excluded.contains(name) && m_enforceOption == EnforceOption.EnforceExclusion;
            (include ? includes : excludes).add(name);
        }
        final List<String> given = Arrays.asList(names);
        return new FilterResult(includes, excludes, included.stream().filter(n -> !given.contains(n)).toList(),
            excluded.stream().filter(n -> !given.contains(n)).toList());
    }

    @Override
    public NameFilterConfiguration clone() {
        try {
            final NameFilterConfiguration clone = (NameFilterConfiguration)super.clone();
            clone.m_includeList = m_includeList.clone();
            clone.m_excludeList = m_excludeList.clone();
            return clone;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof NameFilterConfiguration other && other.getClass() == getClass()
            && other.m_configRootName.equals(m_configRootName) && other.m_enforceOption == m_enforceOption
            && Arrays.equals(other.m_includeList, m_includeList) && Arrays.equals(other.m_excludeList, m_excludeList);
    }

    @Override
    public int hashCode() {
        return m_configRootName.hashCode() * 31 + Arrays.hashCode(m_includeList);
    }
}
