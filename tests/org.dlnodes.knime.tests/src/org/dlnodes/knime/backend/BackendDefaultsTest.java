package org.dlnodes.knime.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.knime.backend.BackendPreferences.Setting;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.Preferences;

/** The backend and off-heap defaults: system property over preference over built-in default. */
class BackendDefaultsTest {

    private static final Preferences INSTANCE = InstanceScope.INSTANCE.getNode(BackendPreferences.NODE);

    @AfterEach
    void clear() {
        System.clearProperty(BackendDefaults.BACKEND_PROPERTY);
        System.clearProperty(BackendDefaults.OFF_HEAP_PROPERTY);
        INSTANCE.remove(BackendPreferences.BACKEND_KEY);
        INSTANCE.remove(BackendPreferences.OFF_HEAP_KEY);
    }

    @Test
    void theInitializerSetsTheBuiltInDefaults() {
        new BackendPreferenceInitializer().initializeDefaultPreferences();
        final Preferences defaults = DefaultScope.INSTANCE.getNode(BackendPreferences.NODE);
        assertEquals("AUTO", defaults.get(BackendPreferences.BACKEND_KEY, null));
        assertEquals("", defaults.get(BackendPreferences.OFF_HEAP_KEY, null));
        assertEquals(BackendChoice.AUTO, BackendDefaults.backend());
        assertEquals(0, BackendDefaults.offHeapLimitBytes(), "no limit: JavaCPP's default");
    }

    @Test
    void thePreferenceSetsTheDefaultsAndTheSystemPropertyOverridesIt() {
        INSTANCE.put(BackendPreferences.BACKEND_KEY, "GPU");
        INSTANCE.put(BackendPreferences.OFF_HEAP_KEY, "2g");
        assertEquals(BackendChoice.GPU, ComputeStart.choiceOf("default"));
        assertEquals(2L << 30, BackendDefaults.offHeapLimitBytes());
        System.setProperty(BackendDefaults.BACKEND_PROPERTY, "cpu");
        System.setProperty(BackendDefaults.OFF_HEAP_PROPERTY, "512m");
        assertEquals(BackendChoice.CPU, ComputeStart.choiceOf("default"));
        assertEquals(512L << 20, BackendDefaults.offHeapLimitBytes());
        assertEquals(BackendChoice.GPU, ComputeStart.choiceOf("gpu"), "a node's own choice wins");
        assertEquals(List.of("default", "auto", "cpu", "gpu"), ComputeStart.settingChoices());
    }

    @Test
    void anInvalidValueNamesWhereItComesFrom() {
        INSTANCE.put(BackendPreferences.BACKEND_KEY, "TPU");
        String message = assertThrows(IllegalArgumentException.class, BackendDefaults::backend).getMessage();
        assertTrue(message.contains("preference backend='TPU'") && message.contains("AUTO, CPU or GPU")
            && message.contains("-Ddlnodes.backend=CPU"), message);
        System.setProperty(BackendDefaults.BACKEND_PROPERTY, "NPU");
        message = assertThrows(IllegalArgumentException.class, BackendDefaults::backend).getMessage();
        assertTrue(message.startsWith("The system property dlnodes.backend='NPU' is not a backend"), message);
        System.setProperty(BackendDefaults.OFF_HEAP_PROPERTY, "lots");
        message = assertThrows(IllegalArgumentException.class, BackendDefaults::offHeapLimitBytes).getMessage();
        assertTrue(message.contains("-Ddlnodes.offheap.max=8g"), message);
    }

    @Test
    void theOffHeapLimitTakesSizesWithUnits() {
        assertEquals(8L << 30, bytes("8g"));
        assertEquals(512L << 20, bytes("512M"));
        assertEquals(1234, bytes("1234"));
        assertThrows(IllegalArgumentException.class, () -> bytes("-1k"));
        assertThrows(IllegalArgumentException.class, () -> bytes("99999999999t"));
    }

    @Test
    void thePreferencePageAcceptsSizesOrNothing() {
        assertNull(BackendPreferences.offHeapError("8g"));
        assertNull(BackendPreferences.offHeapError("  "), "empty keeps JavaCPP's default");
        final String error = BackendPreferences.offHeapError("8 GB");
        assertTrue(error.startsWith("'8 GB' is not a memory size") && error.contains("e.g. 8g"), error);
    }

    private static long bytes(final String size) {
        return BackendDefaults.parseBytes(new Setting(size, size, "%1$s"));
    }
}
