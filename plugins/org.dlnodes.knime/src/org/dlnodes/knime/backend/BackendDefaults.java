package org.dlnodes.knime.backend;

import java.util.Locale;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.knime.backend.BackendPreferences.Setting;

/**
 * The defaults of the node setting "Backend = Default" and of the off-heap memory limit, for the whole KNIME
 * process. A system property wins over the preference (the "Deep Learning" page), which wins over the built-in
 * default ({@link BackendPreferences}). A headless executor (KNIME Server / Business Hub, batch mode) has no
 * preference page, so it sets them as system properties, in {@code knime.ini} after {@code -vmargs} (or with
 * {@code -D} on the command line):
 * <ul>
 * <li>{@value #BACKEND_PROPERTY}: {@code AUTO} (default), {@code CPU} or {@code GPU};</li>
 * <li>{@value #OFF_HEAP_PROPERTY}: the most native memory ND4J may use, e.g. {@code 8g}, {@code 512m} or bytes;
 * unset for JavaCPP's default (the maximum Java heap size).</li>
 * </ul>
 */
public final class BackendDefaults {

    /** The system property of the default backend. */
    public static final String BACKEND_PROPERTY = "dlnodes.backend";

    /** The system property of the off-heap memory limit. */
    public static final String OFF_HEAP_PROPERTY = "dlnodes.offheap.max";

    private BackendDefaults() {
    }

    /**
     * @return the backend the system property or else the preference asks for, AUTO when neither is set
     * @throws IllegalArgumentException naming the property or preference and its values when it holds something else
     */
    public static BackendChoice backend() {
        final Setting setting =
            BackendPreferences.read(BACKEND_PROPERTY, BackendPreferences.BACKEND_KEY, BackendPreferences.DEFAULT_BACKEND);
        if (setting.value().isEmpty()) {
            return BackendChoice.AUTO;
        }
        try {
            return BackendChoice.valueOf(setting.value().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting.error("a backend", "AUTO, CPU or GPU", "CPU"), e);
        }
    }

    /**
     * @return the off-heap limit in bytes the system property or else the preference sets, 0 when neither is set
     * @throws IllegalArgumentException naming the property or preference and its format when it cannot be read
     */
    public static long offHeapLimitBytes() {
        final Setting setting = BackendPreferences.read(OFF_HEAP_PROPERTY, BackendPreferences.OFF_HEAP_KEY, "");
        return setting.value().isEmpty() ? 0 : parseBytes(setting);
    }

    /** @return the bytes of a size like "8g", "512m", "64k" or "1048576" */
    static long parseBytes(final Setting setting) {
        final String lower = setting.value().toLowerCase(Locale.ROOT);
        final int shift = switch (lower.charAt(lower.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            case 't' -> 40;
            default -> 0;
        };
        final String digits = shift == 0 ? lower : lower.substring(0, lower.length() - 1);
        try {
            final long number = Long.parseLong(digits);
            if (number <= 0 || number > Long.MAX_VALUE >> shift) {
                throw new NumberFormatException("out of range");
            }
            return number << shift;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting.error("a memory size",
                "a positive number of bytes with an optional unit k, m, g or t", "8g"), e);
        }
    }
}
