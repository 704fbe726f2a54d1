package org.dlnodes.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.bytedeco.javacpp.Pointer;
import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.dlnodes.engine.tensor.SharedWork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class ComputeSettingsTest {

    @Test
    void aMemoryLimitAfterStartIsAWarningNamingTheLimitInForce() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
        final long inForce = Pointer.maxBytes();
        final Optional<String> warning = new ComputeSettings(1, 1, 1, 123L << 20).applyMemoryLimit();
        assertEquals(Optional.of("The off-heap memory limit of 123 MB takes effect after a restart; deep learning"
            + " already runs with " + (inForce >> 20) + " MB."), warning);
        assertEquals(Optional.empty(), new ComputeSettings(1, 1, 1, 0).applyMemoryLimit(), "0 keeps the default");
    }

    @Test
    void threadCountsReachOpenBlas() {
        Nd4jRuntime.initialize(BackendChoice.CPU);
        final int before = Nd4j.factory().blas().getMaxThreads();
        try {
            new ComputeSettings(1, 2, 1, 0).applyThreads();
            assertEquals(2, Nd4j.factory().blas().getMaxThreads());
        } finally {
            new ComputeSettings(1, before, 1, 0).applyThreads();
        }
    }

    @Test
    void settingsAreValidatedAndDefaultsAreTheMeasuredOnes() {
        assertEquals("The off-heap memory limit must be positive, or 0 for the default; got -1.",
            assertThrows(IllegalArgumentException.class, () -> new ComputeSettings(1, 1, 1, -1)).getMessage());
        assertEquals("The number of work threads must be at least 1; got 0.",
            assertThrows(IllegalArgumentException.class, () -> new ComputeSettings(1, 1, 0, 0)).getMessage());
        final ComputeSettings defaults = ComputeSettings.defaults();
        assertEquals(1, defaults.threads());
        assertEquals(1, defaults.blasThreads());
        final int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(cores <= 2 ? cores : cores / 2, defaults.workThreads());
    }

    @Test
    void workThreadsAreSetForTheCallingThread() {
        try {
            new ComputeSettings(1, 1, 2, 0).applyThreads();
            assertEquals(2, SharedWork.threads());
        } finally {
            SharedWork.setThreads(1);
        }
    }
}
