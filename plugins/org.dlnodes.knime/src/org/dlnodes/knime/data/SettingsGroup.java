package org.dlnodes.knime.data;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The settings models of a node, saved with a settings version and validated with messages that name the setting, so
 * that every value can also come from a flow variable. Every node of the extension keeps its settings in one.
 */
public class SettingsGroup {

    /** The key of the settings version, raised when the meaning of saved settings changes. */
    public static final String KEY_VERSION = "settings_version";

    private static final int VERSION = 1;

    private final Map<String, SettingsModel> m_models = new LinkedHashMap<>();

    /** The keys of settings added after a node's first release, which older saved settings do not have. */
    private final Set<String> m_addedLater = new HashSet<>();

    /** @return the model, registered under its key to be saved, validated and loaded */
    protected final <T extends SettingsModel> T add(final String key, final T model) {
        m_models.put(key, model);
        return model;
    }

    /** @return an integer setting in [min, max], registered to be saved, validated and loaded */
    protected final SettingsModelIntegerBounded integer(final String key, final int value, final int min,
        final int max) {
        return add(key, new SettingsModelIntegerBounded(key, value, min, max));
    }

    /** @return a number setting in [min, max], registered to be saved, validated and loaded */
    protected final SettingsModelDoubleBounded number(final String key, final double value, final double min,
        final double max) {
        return add(key, new SettingsModelDoubleBounded(key, value, min, max));
    }

    /** @return a text setting, registered to be saved, validated and loaded */
    protected final SettingsModelString text(final String key, final String value) {
        return add(key, new SettingsModelString(key, value));
    }

    /** @return a yes/no setting, registered to be saved, validated and loaded */
    protected final SettingsModelBoolean flag(final String key, final boolean value) {
        return add(key, new SettingsModelBoolean(key, value));
    }

    /**
     * @return the model, registered like {@link #add}, for a setting added after the node's first release: settings
     *         saved without it keep its default, so that older workflows load and run as before
     */
    protected final <T extends SettingsModel> T addLater(final String key, final T model) {
        m_addedLater.add(key);
        return add(key, model);
    }

    /** @param settings receives the version and every model's value */
    public final void saveTo(final NodeSettingsWO settings) {
        settings.addInt(KEY_VERSION, VERSION);
        m_models.values().forEach(m -> m.saveSettingsTo(settings));
    }

    /**
     * @param settings checked without changing these settings
     * @throws InvalidSettingsException naming the setting
     */
    public final void validate(final NodeSettingsRO settings) throws InvalidSettingsException {
        final int version = settings.getInt(KEY_VERSION, VERSION);
        if (version > VERSION) {
            throw new InvalidSettingsException("These settings were saved by a newer version of the Deep Learning "
                + "Nodes (settings version " + version + "); update the extension.");
        }
        for (final Map.Entry<String, SettingsModel> model : m_models.entrySet()) {
            if (absentButAddedLater(settings, model.getKey())) {
                continue;
            }
            try {
                model.getValue().validateSettings(settings);
            } catch (InvalidSettingsException e) {
                throw new InvalidSettingsException("The setting '" + model.getKey() + "' is invalid: "
                    + e.getMessage() + " Correct it in the dialog or in the flow variable that sets it.", e);
            }
        }
    }

    /**
     * @param settings validated settings to take the values from
     * @throws InvalidSettingsException if a value is missing
     */
    public final void loadFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (final Map.Entry<String, SettingsModel> model : m_models.entrySet()) {
            if (!absentButAddedLater(settings, model.getKey())) {
                model.getValue().loadSettingsFrom(settings);
            }
        }
    }

    private boolean absentButAddedLater(final NodeSettingsRO settings, final String key) {
        return m_addedLater.contains(key) && !settings.containsKey(key);
    }
}
