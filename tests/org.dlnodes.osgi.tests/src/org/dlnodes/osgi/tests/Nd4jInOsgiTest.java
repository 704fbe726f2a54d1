package org.dlnodes.osgi.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.dlnodes.engine.backend.BackendChoice;
import org.dlnodes.engine.backend.BackendStatus;
import org.dlnodes.engine.backend.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * ND4J inside Equinox as KNIME runs it: backend found through the libs bundle and its native fragment (no
 * --add-opens, no class path), and with the CUDA fragment installed on a machine without a GPU, a request for the
 * GPU ends on the CPU with a warning the user can read.
 */
class Nd4jInOsgiTest {

    private static final List<String> LOGGED = new ArrayList<>();

    private static BackendStatus gpuRequest;

    @BeforeAll
    static void requestTheGpu() {
        final Logger logger = Logger.getLogger(Nd4jRuntime.class.getName());
        logger.addHandler(new Handler() {
            @Override
            public void publish(final LogRecord rec) {
                LOGGED.add(rec.getLevel() + " " + rec.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        gpuRequest = Nd4jRuntime.initialize(BackendChoice.GPU);
    }

    @Test
    void ndj4AndItsNativesComeFromOurBundles() {
        assertEquals("org.dlnodes.nd4j", FrameworkUtil.getBundle(Nd4j.class).getSymbolicName());
        assertEquals(Bundle.RESOLVED, stateOf("org.dlnodes.nd4j.native.linux.x86_64"));
        assertEquals(Bundle.RESOLVED, stateOf("org.dlnodes.nd4j.cuda.linux.x86_64"));
    }

    /**
     * CI and developer machines have no GPU: there the request ends on the CPU, and the warning names what is missing
     * (ND4J's own reason, e.g. "libcuda.so.1: cannot open shared object file" when there is no NVIDIA driver). On a
     * machine with a usable CUDA 11.6 device the same request must get the GPU, silently.
     */
    @Test
    void gpuRequestGetsTheGpuOrFallsBackToTheCpuAndSaysWhy() {
        if (gpuRequest.onGpu()) {
            assertTrue(gpuRequest.warning().isEmpty(), gpuRequest.warning().orElse(""));
            return;
        }
        assertEquals("CpuBackend", gpuRequest.backendName());
        final String warning = gpuRequest.warning().orElseThrow();
        assertTrue(warning.contains("no usable CUDA 11.6 device"), warning);
        assertTrue(warning.contains("UnsatisfiedLinkError"), warning);
        assertTrue(warning.contains("run on the CPU"), warning);
        assertTrue(LOGGED.contains("WARNING " + warning), "logged: " + LOGGED);
    }

    @Test
    void matrixProductOnTheCpuBackendGivesTheRightNumbers() {
        final int n = 64;
        final double[][] a = new double[n][n];
        final double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = Math.sin(i + 2.0 * j);
                b[i][j] = Math.cos(3.0 * i - j);
            }
        }
        final INDArray product = Nd4j.createFromArray(a).mmul(Nd4j.createFromArray(b));

        for (int i = 0; i < n; i++) {
            final double[] expectedRow = new double[n];
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    expectedRow[j] += a[i][k] * b[k][j];
                }
            }
            assertArrayEquals(expectedRow, product.getRow(i).toDoubleVector(), 1e-9, "row " + i);
        }
        assertEquals(DataType.DOUBLE, product.dataType());
    }

    private static int stateOf(final String symbolicName) {
        final Bundle[] bundles = FrameworkUtil.getBundle(Nd4jInOsgiTest.class).getBundleContext().getBundles();
        return Arrays.stream(bundles).filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst()
            .map(Bundle::getState).orElse(Bundle.UNINSTALLED);
    }
}
