package org.knime.core.node.defaultnodesettings;

import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.config.Config;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's settings model: a value saved under a key, validated and loaded back, with an enabled state
 * that is saved beside it (as KNIME does, in the sub-config {@code <key>_Internals}); a disabled model's value is
 * neither validated nor required on load.
 */
public abstract class SettingsModel {

    /** The suffix of the sub-config with the model's type and enabled state. */
    public static final String CFGKEY_INTERNAL = "_Internals";

    private static final String CFGKEY_MODELID = "SettingsModelID";

    private static final String CFGKEY_ENABLESTAT = "EnabledStatus";

    private final CopyOnWriteArrayList<ChangeListener> m_listeners = new CopyOnWriteArrayList<>();

    private boolean m_enabled = true;

    public SettingsModel() {
        // enabled, no listeners
    }

    /**
     * @param <T> the model's class
     * @param settings to read the clone's value from
     * @return a copy of this model with the value in the settings
     * @throws InvalidSettingsException if the settings hold no valid value
     */
    public final <T extends SettingsModel> T createCloneWithValidatedValue(final NodeSettingsRO settings)
        throws InvalidSettingsException {
        final T result = createClone();
        final SettingsModel clone = result;
        clone.m_enabled = m_enabled;
        clone.readEnableStatus(settings);
        clone.loadSettingsForModel(settings);
        return result;
    }

    protected abstract <T extends SettingsModel> T createClone();

    protected abstract String getModelTypeID();

    protected abstract String getConfigName();

    protected abstract void loadSettingsForDialog(NodeSettingsRO settings, PortObjectSpec[] specs)
        throws NotConfigurableException;

    protected abstract void saveSettingsForDialog(NodeSettingsWO settings) throws InvalidSettingsException;

    protected abstract void validateSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void saveSettingsForModel(NodeSettingsWO settings);

    /** Loads what a dialog shows; missing or invalid values keep the current one. */
    final void dlgLoadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            readEnableStatus(settings);
        } catch (InvalidSettingsException e) {
            // a dialog opens with whatever settings there are
        }
        loadSettingsForDialog(settings, specs);
    }

    /** Saves what a dialog shows; a disabled model's invalid value is not an error. */
    final void dlgSaveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveEnableStatus(settings);
        try {
            saveSettingsForDialog(settings);
        } catch (InvalidSettingsException e) {
            if (m_enabled) {
                throw e;
            }
        }
    }

    /** @param l notified of every change of value or enabled state */
    public void addChangeListener(final ChangeListener l) {
        m_listeners.addIfAbsent(l);
    }

    /** @param l notified first of every change of value or enabled state */
    protected void prependChangeListener(final ChangeListener l) {
        if (!m_listeners.contains(l)) {
            m_listeners.add(0, l);
        }
    }

    /** @param l no longer notified */
    public void removeChangeListener(final ChangeListener l) {
        m_listeners.remove(l);
    }

    protected void notifyChangeListeners() {
        for (final ChangeListener l : m_listeners) {
            l.stateChanged(new ChangeEvent(this));
        }
    }

    /** @param enabled whether the model's value counts */
    public void setEnabled(final boolean enabled) {
        final boolean changed = m_enabled != enabled;
        m_enabled = enabled;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /** @return whether the model's value counts */
    public boolean isEnabled() {
        return m_enabled;
    }

    /**
     * @param settings checked without changing this model
     * @throws InvalidSettingsException if the settings hold no valid value (and the model was enabled when saved)
     */
    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        final boolean current = m_enabled;
        readEnableStatus(settings);
        final boolean saved = m_enabled;
        m_enabled = current;
        if (saved) {
            validateSettingsForModel(settings);
        }
    }

    /**
     * @param settings to read the value and enabled state from
     * @throws InvalidSettingsException if the value is missing or invalid (and the model is enabled)
     */
    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        readEnableStatus(settings);
        try {
            loadSettingsForModel(settings);
        } catch (InvalidSettingsException e) {
            if (m_enabled) {
                throw e;
            }
        }
    }

    /** @param settings to write the value and enabled state into */
    public final void saveSettingsTo(final NodeSettingsWO settings) {
        saveEnableStatus(settings);
        saveSettingsForModel(settings);
    }

    private void readEnableStatus(final NodeSettingsRO settings) throws InvalidSettingsException {
        if (!settings.containsKey(getConfigName() + CFGKEY_INTERNAL)) {
            return; // settings written without the internals keep the current state
        }
        m_enabled = settings.getConfig(getConfigName() + CFGKEY_INTERNAL).getBoolean(CFGKEY_ENABLESTAT);
    }

    private void saveEnableStatus(final NodeSettingsWO settings) {
        final Config internals = settings.addConfig(getConfigName() + CFGKEY_INTERNAL);
        internals.addString(CFGKEY_MODELID, getModelTypeID());
        internals.addBoolean(CFGKEY_ENABLESTAT, m_enabled);
    }

    @Override
    public abstract String toString();
}
