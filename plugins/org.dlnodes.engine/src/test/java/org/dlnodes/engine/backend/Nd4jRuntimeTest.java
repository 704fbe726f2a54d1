package org.dlnodes.engine.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** Outside OSGi, with only the CPU backend on the class path. */
class Nd4jRuntimeTest {

    @Test
    void gpuRequestWithoutTheGpuFeatureRunsOnCpuAndSaysWhy() {
        final BackendStatus status = Nd4jRuntime.initialize(BackendChoice.GPU);

        assertFalse(status.onGpu());
        assertEquals("CpuBackend", status.backendName());
        final String warning = status.warning().orElseThrow();
        assertTrue(warning.contains("GPU support"), warning);
        assertTrue(warning.contains("run on the CPU"), warning);
    }

    @Test
    void cpuAndAutoRequestsOnTheCpuNeedNoWarning() {
        assertTrue(Nd4jRuntime.initialize(BackendChoice.CPU).warning().isEmpty());
        assertTrue(Nd4jRuntime.initialize(BackendChoice.AUTO).warning().isEmpty());
    }

    @Test
    void computesAMatrixProductOnTheBackend() {
        Nd4jRuntime.initialize(BackendChoice.AUTO);
        final var a = Nd4j.createFromArray(new float[][] {{1, 2}, {3, 4}});
        final var b = Nd4j.createFromArray(new float[][] {{5, 6}, {7, 8}});

        assertEquals(Nd4j.createFromArray(new float[][] {{19, 22}, {43, 50}}), a.mmul(b));
    }
}
