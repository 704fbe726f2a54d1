package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.filter.NameFilterConfiguration;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/**
 * Stand-in for KNIME's column filter settings model: the columns of allowed types, included or excluded by name.
 * (KNIME's holds a {@code DataColumnSpecFilterConfiguration}; the stand-in its super class and the type list.)
 */
public final class SettingsModelColumnFilter2 extends SettingsModel {

    private NameFilterConfiguration m_filterConfiguration;

    private final List<Class<? extends DataValue>> m_allowedTypes;

    /** @param configName the key of the settings; columns of all types */
    public SettingsModelColumnFilter2(final String configName) {
        this(new NameFilterConfiguration(configName), List.of());
    }

    /**
     * @param configName the key of the settings
     * @param allowedTypes the value classes a column must be compatible with (one of them)
     */
    @SafeVarargs
    public SettingsModelColumnFilter2(final String configName, final Class<? extends DataValue>... allowedTypes) {
        this(new NameFilterConfiguration(configName), Arrays.asList(allowedTypes));
    }

    private SettingsModelColumnFilter2(final NameFilterConfiguration conf,
        final List<Class<? extends DataValue>> allowedTypes) {
        m_filterConfiguration = conf;
        m_allowedTypes = List.copyOf(allowedTypes);
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelColumnFilter2 createClone() {
        return new SettingsModelColumnFilter2(m_filterConfiguration.clone(), m_allowedTypes);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_columnfilter";
    }

    @Override
    protected String getConfigName() {
        return m_filterConfiguration.getConfigRootName();
    }

    /**
     * @param inSpec the table's spec
     * @return the included and excluded columns of the allowed types
     */
    public FilterResult applyTo(final DataTableSpec inSpec) {
        final String[] names = StreamSupport.stream(inSpec.spliterator(), false)
            .filter(this::allowed).map(DataColumnSpec::getName).toArray(String[]::new);
        return m_filterConfiguration.applyTo(names);
    }

    private boolean allowed(final DataColumnSpec column) {
        return m_allowedTypes.isEmpty() || m_allowedTypes.stream().anyMatch(column.getType()::isCompatible);
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            m_filterConfiguration.loadConfigurationInModel(settings);
        } catch (InvalidSettingsException e) {
            // a dialog opens with the current configuration
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        m_filterConfiguration.saveConfiguration(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_filterConfiguration.clone().loadConfigurationInModel(settings);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        final NameFilterConfiguration loaded = m_filterConfiguration.clone();
        loaded.loadConfigurationInModel(settings);
        if (!loaded.equals(m_filterConfiguration)) {
            m_filterConfiguration = loaded;
            notifyChangeListeners();
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        m_filterConfiguration.saveConfiguration(settings);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " (" + m_filterConfiguration.getConfigRootName() + ")";
    }
}
