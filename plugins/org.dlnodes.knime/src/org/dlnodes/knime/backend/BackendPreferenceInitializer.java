package org.dlnodes.knime.backend;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.osgi.service.prefs.Preferences;

/**
 * Puts the built-in defaults into the default scope (registered in plugin.xml), so that the preference page's
 * "Restore Defaults" shows them.
 */
public final class BackendPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        final Preferences defaults = DefaultScope.INSTANCE.getNode(BackendPreferences.NODE);
        defaults.put(BackendPreferences.BACKEND_KEY, BackendPreferences.DEFAULT_BACKEND);
        defaults.put(BackendPreferences.OFF_HEAP_KEY, "");
    }
}
