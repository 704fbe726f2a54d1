package org.dlnodes.knime.backend;

import java.util.Locale;

import org.dlnodes.engine.backend.BackendChoice;

/**
 * The defaults of the node setting "Backend = Default" and of the off-heap memory limit, for the whole KNIME
 * process. A headless executor (KNIME Server / Business Hub, batch mode) has no preference page, so they come from
 * system properties, set in {@code knime.ini} after {@code -vmargs} (or with {@code -D} on the command line):
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
     * @return the backend the system property asks for, AUTO when it is unset
     * @throws IllegalArgumentException naming the property and its values when it holds something else
     */
    public static BackendChoice backend() {
        final String value = System.getProperty(BACKEND_PROPERTY, "").trim();
        if (value.isEmpty()) {
            return BackendChoice.AUTO;
        }
        try {
            return BackendChoice.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The system property " + BACKEND_PROPERTY + "='" + value
                + "' is not a backend; use AUTO, CPU or GPU (e.g. -D" + BACKEND_PROPERTY + "=CPU in knime.ini).", e);
        }
    }

    /**
     * @return the off-heap limit in bytes the system property sets, 0 when it is unset
     * @throws IllegalArgumentException naming the property and its format when it cannot be read
     */
    public static long offHeapLimitBytes() {
        final String value = System.getProperty(OFF_HEAP_PROPERTY, "").trim();
        return value.isEmpty() ? 0 : parseBytes(value);
    }

    /** @return the bytes of a size like "8g", "512m", "64k" or "1048576" */
    static long parseBytes(final String size) {
        final String lower = size.toLowerCase(Locale.ROOT);
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
            throw new IllegalArgumentException("The system property " + OFF_HEAP_PROPERTY + "='" + size
                + "' is not a memory size; use a positive number of bytes with an optional unit k, m, g or t"
                + " (e.g. -D" + OFF_HEAP_PROPERTY + "=8g).", e);
        }
    }
}
