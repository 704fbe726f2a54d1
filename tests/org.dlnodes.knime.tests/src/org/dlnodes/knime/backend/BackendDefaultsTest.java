package org.dlnodes.knime.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dlnodes.engine.backend.BackendChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The system properties that set the backend and the off-heap limit on a headless executor. */
class BackendDefaultsTest {

    @AfterEach
    void clear() {
        System.clearProperty(BackendDefaults.BACKEND_PROPERTY);
        System.clearProperty(BackendDefaults.OFF_HEAP_PROPERTY);
    }

    @Test
    void theBackendPropertyChoosesTheDefaultBackend() {
        assertEquals(BackendChoice.AUTO, ComputeStart.choiceOf("default"));
        System.setProperty(BackendDefaults.BACKEND_PROPERTY, "cpu");
        assertEquals(BackendChoice.CPU, ComputeStart.choiceOf("default"));
        assertEquals(BackendChoice.GPU, ComputeStart.choiceOf("gpu"), "a node's own choice wins");
        System.setProperty(BackendDefaults.BACKEND_PROPERTY, "TPU");
        final String message = assertThrows(IllegalArgumentException.class, BackendDefaults::backend).getMessage();
        assertTrue(message.contains("dlnodes.backend='TPU'") && message.contains("AUTO, CPU or GPU"), message);
        assertEquals(List.of("default", "auto", "cpu", "gpu"), ComputeStart.settingChoices());
    }

    @Test
    void theOffHeapPropertyTakesSizesWithUnits() {
        assertEquals(0, BackendDefaults.offHeapLimitBytes());
        assertEquals(8L << 30, BackendDefaults.parseBytes("8g"));
        assertEquals(512L << 20, BackendDefaults.parseBytes("512M"));
        assertEquals(1234, BackendDefaults.parseBytes("1234"));
        System.setProperty(BackendDefaults.OFF_HEAP_PROPERTY, "lots");
        final String message =
            assertThrows(IllegalArgumentException.class, BackendDefaults::offHeapLimitBytes).getMessage();
        assertTrue(message.contains("-Ddlnodes.offheap.max=8g"), message);
        assertThrows(IllegalArgumentException.class, () -> BackendDefaults.parseBytes("-1k"));
    }
}
