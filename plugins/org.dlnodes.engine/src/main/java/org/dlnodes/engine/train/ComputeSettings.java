package org.dlnodes.engine.train;

import java.util.Optional;

import org.bytedeco.javacpp.Pointer;
import org.dlnodes.engine.tensor.SharedWork;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The compute resources of the engine on the CPU: the threads of ND4J's own operations (element-wise work,
 * reductions; {@code threads}), the threads of OpenBLAS inside each matrix product call ({@code blasThreads}), the
 * threads that share the engine's large computations, each large matrix product and the optimizer's update
 * ({@code workThreads}, see {@link SharedWork}), and the limit of the native (off-heap) memory that holds all arrays.
 * The BLAS threads and the memory limit are process-wide, so two trainings running at the same time share them; the
 * operation and work threads are set per thread (see {@link #applyThreads()}), so the Learner and Predictor apply
 * the settings on the thread they run on.
 *
 * <p>The defaults were chosen by measurement on 2 cores (tests/benchmarks/README.md): one operation thread, one
 * BLAS thread and two work threads. ND4J's OpenMP threads and OpenBLAS' threads wait busily for work after each
 * call, so a second thread in either pool takes the core that the other pool, KNIME or a parallel branch needs (on
 * Fashion-MNIST with one of two cores kept busy two BLAS threads trained at less than half the speed of one). The
 * work threads split each product into fixed chunks that the calling thread computes itself when no helper is free,
 * so they use the second core when it is idle and give it up when it is not. With more cores, half of them work
 * (not measured: a starting point that leaves cores for the rest of KNIME).
 *
 * @param threads ND4J's operation threads, at least 1
 * @param blasThreads OpenBLAS threads within one matrix product call, at least 1
 * @param workThreads the threads that share each large computation of the engine, the calling one included
 * @param offHeapLimitBytes the most native memory ND4J may use, in bytes; 0 for JavaCPP's default (the maximum Java
 *            heap size)
 */
public record ComputeSettings(int threads, int blasThreads, int workThreads, long offHeapLimitBytes) {

    /** JavaCPP's system property for the native memory limit, read once when JavaCPP starts. */
    public static final String MAX_BYTES_PROPERTY = "org.bytedeco.javacpp.maxbytes";

    /** JavaCPP's system property for the limit of the whole process's resident memory. */
    public static final String MAX_PHYSICAL_BYTES_PROPERTY = "org.bytedeco.javacpp.maxphysicalbytes";

    public ComputeSettings {
        Checks.require(threads >= 1, "The number of threads must be at least 1; got " + threads + ".");
        Checks.require(blasThreads >= 1, "The number of BLAS threads must be at least 1; got " + blasThreads + ".");
        Checks.require(workThreads >= 1, "The number of work threads must be at least 1; got " + workThreads + ".");
        Checks.require(offHeapLimitBytes >= 0,
            "The off-heap memory limit must be positive, or 0 for the default; got " + offHeapLimitBytes + ".");
    }

    /** @return the defaults for this machine: 1 operation and 1 BLAS thread; all of up to 2 cores work, else half */
    public static ComputeSettings defaults() {
        final int cores = Runtime.getRuntime().availableProcessors();
        return new ComputeSettings(1, 1, cores <= 2 ? cores : cores / 2, 0);
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
     * parallel regions, whose thread count OpenMP keeps per calling thread, and the work threads are kept per calling
     * thread too: so call this on the thread that trains or predicts (the environment variable OMP_NUM_THREADS sets
     * the OpenMP count for all threads, when set before start).
     */
    public void applyThreads() {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(blasThreads);
        SharedWork.setThreads(workThreads);
    }

    static String megabytes(final long bytes) {
        return bytes / (1 << 20) + " MB";
    }
}
