package org.dlnodes.engine.backend;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.Nd4jBackend;

/**
 * Starts ND4J once per JVM on the backend the user asked for.
 *
 * <p>ND4J finds its backend with a {@link java.util.ServiceLoader} on its own class loader. Inside OSGi that loader
 * must be the one of the bundle holding ND4J (its native fragments attach there), so it is set before the first use.
 * The backend is a JVM-wide choice: the first request decides it, later requests get a warning when they differ.
 */
public final class Nd4jRuntime {

    static final String CUDA_BACKEND_CLASS = "org.nd4j.linalg.jcublas.JCublasBackend";

    private static final String BACKEND_SERVICE = "META-INF/services/org.nd4j.linalg.factory.Nd4jBackend";

    private static final System.Logger LOGGER = System.getLogger(Nd4jRuntime.class.getName());

    private static BackendChoice firstChoice;

    /** Why the CUDA backend cannot run, found before ND4J starts (ND4J only logs it); null when it can or is absent. */
    private static String cudaProblem;

    private Nd4jRuntime() {
    }

    /**
     * Makes sure ND4J runs, choosing its backend on the first call, and says whether the request is honoured.
     *
     * @param requested the backend the user asked for
     * @return the backend in use, with a warning (also logged) when it is not the one asked for
     */
    public static synchronized BackendStatus initialize(final BackendChoice requested) {
        if (firstChoice == null) {
            final ClassLoader nd4jLoader = Nd4j.class.getClassLoader();
            ND4JClassLoading.setNd4jClassloader(
                requested == BackendChoice.CPU ? new CudaHidingClassLoader(nd4jLoader) : nd4jLoader);
            firstChoice = requested;
            if (requested != BackendChoice.CPU && cudaBackendInstalled()) {
                cudaProblem = cudaFailure();
            }
        }
        final Class<?> backend = Nd4j.getBackend().getClass();
        final boolean onGpu = backend.getName().equals(CUDA_BACKEND_CLASS);
        final Optional<String> warning = warningFor(requested, onGpu);
        warning.ifPresent(w -> LOGGER.log(System.Logger.Level.WARNING, w));
        return new BackendStatus(onGpu, backend.getSimpleName(), warning);
    }

    private static Optional<String> warningFor(final BackendChoice requested, final boolean onGpu) {
        if (requested == BackendChoice.GPU && !onGpu) {
            return Optional.of("The GPU backend was requested but " + whyNoGpu()
                + " Training and prediction run on the CPU instead.");
        }
        if (requested == BackendChoice.CPU && onGpu) {
            return Optional.of("The CPU backend was requested, but this KNIME session already runs deep learning on"
                + " the GPU (the first node decided it, with setting '" + firstChoice
                + "'). Restart KNIME to switch to the CPU.");
        }
        return Optional.empty();
    }

    private static String whyNoGpu() {
        if (!cudaBackendInstalled()) {
            return "the optional feature 'Deep Learning Nodes - GPU support' (CUDA 11.6) is not installed.";
        }
        if (firstChoice == BackendChoice.CPU) {
            return "this KNIME session already runs deep learning on the CPU (the first node asked for the CPU);"
                + " restart KNIME to switch to the GPU.";
        }
        return "no usable CUDA 11.6 device was found (no NVIDIA GPU, driver or CUDA 11.6 runtime on this machine: "
            + Objects.requireNonNullElse(cudaProblem, "ND4J did not start its CUDA backend") + ").";
    }

    /**
     * Asks the CUDA backend whether it can run, as ND4J will: the first attempt to load CUDA is the one that says
     * what is missing (e.g. libcuda.so.1, the NVIDIA driver); later attempts only see a failed class.
     */
    private static String cudaFailure() {
        try {
            final var backend = (Nd4jBackend)Class.forName(CUDA_BACKEND_CLASS, true, Nd4j.class.getClassLoader())
                .getDeclaredConstructor().newInstance();
            return backend.isAvailable() ? null : "no CUDA device";
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) { // NOSONAR the reason is the answer
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause.toString();
        }
    }

    static boolean cudaBackendInstalled() {
        try {
            Class.forName(CUDA_BACKEND_CLASS, false, Nd4j.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) { // NOSONAR absent feature is an answer, not an error
            return false;
        }
    }

    /** Shows ND4J's service loader every backend but the CUDA one, so that a CPU request gets the CPU. */
    private static final class CudaHidingClassLoader extends ClassLoader {

        CudaHidingClassLoader(final ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(final String name) throws IOException {
            final Enumeration<URL> all = super.getResources(name);
            if (!BACKEND_SERVICE.equals(name)) {
                return all;
            }
            final List<URL> kept = Collections.list(all);
            kept.removeIf(CudaHidingClassLoader::declaresCudaBackend);
            return Collections.enumeration(kept);
        }

        private static boolean declaresCudaBackend(final URL serviceFile) {
            try (var in = serviceFile.openStream()) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains(CUDA_BACKEND_CLASS);
            } catch (IOException e) {
                return false;
            }
        }
    }
}
