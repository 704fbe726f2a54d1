package org.dlnodes.engine.train;

import java.util.Optional;

import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The JVM-wide compute resources of ND4J on the CPU: the threads of its own operations (element-wise work,
 * reductions; {@code threads}), the threads of OpenBLAS for the matrix products ({@code blasThreads}), and the limit
 * of the native (off-heap) memory that holds all arrays. The BLAS threads and the memory limit are process-wide, so
 * two trainings running at the same time share them; the operation threads are set per thread (see
 * {@link #applyThreads()}), so the Learner and Predictor apply the settings on the thread they run on.
 *
 * <p>The defaults were chosen by measurement on 2 cores (tests/benchmarks/README.md): one thread each. Both
 * libraries busy-wait for work after each call, so a second thread in either pool takes the core that the other pool,
 * KNIME or a parallel branch needs, and the element-wise work on batch-sized arrays is too small to gain from it; on
 * 2 cores shared with other work one BLAS thread trained faster than two (Fashion-MNIST with one core kept busy:
 * about 46,700 samples/s with one BLAS thread, 20,000 with two, which are 8 to 12 % faster only on an idle
 * machine). With more cores, half of them go to BLAS (not measured: a starting point that leaves cores for the rest
 * of KNIME).
 *
 * @param threads ND4J's operation threads, at least 1
 * @param blasThreads OpenBLAS threads, at least 1
 * @param offHeapLimitBytes the most native memory ND4J may use, in bytes; 0 for JavaCPP's default (the maximum Java
 *            heap size)
 */
public record ComputeSettings(int threads, int blasThreads, long offHeapLimitBytes) {

    /** JavaCPP's system property for the native memory limit, read once when JavaCPP starts. */
    public static final String MAX_BYTES_PROPERTY = "org.bytedeco.javacpp.maxbytes";

    /** JavaCPP's system property for the limit of the whole process's resident memory. */
    public static final String MAX_PHYSICAL_BYTES_PROPERTY = "org.bytedeco.javacpp.maxphysicalbytes";

    public ComputeSettings {
        Checks.require(threads >= 1, "The number of threads must be at least 1; got " + threads + ".");
        Checks.require(blasThreads >= 1, "The number of BLAS threads must be at least 1; got " + blasThreads + ".");
        Checks.require(offHeapLimitBytes >= 0,
            "The off-heap memory limit must be positive, or 0 for the default; got " + offHeapLimitBytes + ".");
    }

    /** @return the defaults for this machine: 1 operation thread; 1 BLAS thread up to 2 cores, else half the cores */
    public static ComputeSettings defaults() {
        final int cores = Runtime.getRuntime().availableProcessors();
        return new ComputeSettings(1, cores <= 2 ? 1 : cores / 2, 0);
    }

    /**
     * Sets the native memory limit. It takes effect only before ND4J starts (before the first
     * {@code Nd4jRuntime.initialize}); later, JavaCPP keeps the limit it started with.
     *
     * @return a warning for the user when ND4J already runs with another limit (a restart applies it)
     */
    public Optional<String> applyMemoryLimit() {
        if (offHeapLimitBytes == 0) {
            return Optional.empty();
        }
        System.setProperty(MAX_BYTES_PROPERTY, Long.toString(offHeapLimitBytes));
        // The process limit must leave room for the Java heap and the libraries next to the arrays.
        System.setProperty(MAX_PHYSICAL_BYTES_PROPERTY,
            Long.toString(offHeapLimitBytes + Runtime.getRuntime().maxMemory() + (1L << 30)));
        if (Pointer.maxBytes() != offHeapLimitBytes) {
            return Optional.of("The off-heap memory limit of " + megabytes(offHeapLimitBytes) + " takes effect after"
                + " a restart; deep learning already runs with " + megabytes(Pointer.maxBytes()) + ".");
        }
        return Optional.empty();
    }

    /**
     * Sets the thread counts; needs ND4J started. OpenBLAS's count is process-wide. ND4J's operations run in OpenMP
     * parallel regions, whose thread count OpenMP keeps per calling thread: so call this on the thread that trains or
     * predicts (the environment variable OMP_NUM_THREADS sets the count for all threads, when set before start).
     */
    public void applyThreads() {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(blasThreads);
    }

    static String megabytes(final long bytes) {
        return bytes / (1 << 20) + " MB";
    }
}
