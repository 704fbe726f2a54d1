package org.dlnodes.knime.backend;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Where {@link BackendDefaults} finds its values: a system property first (the only way on a headless executor, and
 * it lets {@code knime.ini} pin a value for every user), then the preference of this bundle's Equinox node (the
 * "Deep Learning" page of the UI bundle writes it), then the built-in default. Equinox preferences need no UI, so
 * the nodes read them the same way in a desktop KNIME and on KNIME Server / Business Hub.
 */
public final class BackendPreferences {

    /** The preference node, shared with the preference page. */
    public static final String NODE = "org.dlnodes.knime";

    /** The preference key of the default backend: AUTO, CPU or GPU. */
    public static final String BACKEND_KEY = "backend";

    /** The preference key of the off-heap limit, e.g. "8g"; empty for JavaCPP's default. */
    public static final String OFF_HEAP_KEY = "offheap.max";

    /** The built-in default backend. */
    static final String DEFAULT_BACKEND = "AUTO";

    /**
     * Whether an Eclipse runtime with Equinox preferences is present. The node models also run on a plain class path
     * (tests/demo/run); there is no preference store there, so only the system property and the built-in default
     * apply.
     */
    private static final boolean EQUINOX_PREFERENCES = isPresent("org.eclipse.core.runtime.preferences.InstanceScope");

    private BackendPreferences() {
    }

    private static boolean isPresent(final String className) {
        try {
            Class.forName(className, false, BackendPreferences.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) { // NOSONAR absence is the answer
            return false;
        }
    }

    /** Reads Equinox preferences; a class of its own, so that it is loaded only where Equinox is present. */
    private static final class EquinoxPreference {

        static String get(final String key, final String builtIn) {
            return InstanceScope.INSTANCE.getNode(NODE).get(key, DefaultScope.INSTANCE.getNode(NODE).get(key, builtIn));
        }
    }

    /**
     * A value and where it came from, so that an error names what the user has to change.
     *
     * @param value the trimmed value, empty when neither the property nor a preference sets it
     * @param origin e.g. "The system property dlnodes.backend='TPU'"
     * @param fix e.g. "-Ddlnodes.backend=CPU in knime.ini", with {@code %1$s} for the example value
     */
    record Setting(String value, String origin, String fix) {

        /** @return "origin is not what; use accepted (e.g. fix)." */
        String error(final String what, final String accepted, final String example) {
            return origin + " is not " + what + "; use " + accepted + " (e.g. " + fix.formatted(example) + ").";
        }
    }

    /**
     * @param property the system property
     * @param key the preference key
     * @param builtIn the value when neither is set
     * @return the system property when set, else the preference (instance scope, then default scope), else builtIn
     */
    static Setting read(final String property, final String key, final String builtIn) {
        final String system = System.getProperty(property, "").trim();
        if (!system.isEmpty()) {
            return new Setting(system, "The system property " + property + "='" + system + "'",
                "-D" + property + "=%1$s in knime.ini");
        }
        final String preference = (EQUINOX_PREFERENCES ? EquinoxPreference.get(key, builtIn) : builtIn).trim();
        return new Setting(preference, "The preference " + key + "='" + preference + "' (Deep Learning preference page)",
            "%1$s on the preference page, or -D" + property + "=%1$s in knime.ini");
    }

    /**
     * The check of the preference page's off-heap field, here so that it can be tested without a display.
     *
     * @param size what the user typed
     * @return null when it is empty (JavaCPP's default) or a size like "8g", else the message to show
     */
    public static String offHeapError(final String size) {
        final String trimmed = size.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            BackendDefaults.parseBytes(new Setting(trimmed, "'" + trimmed + "'", "%s"));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
