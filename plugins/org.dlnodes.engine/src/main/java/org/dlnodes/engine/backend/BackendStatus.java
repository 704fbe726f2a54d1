package org.dlnodes.engine.backend;

import java.util.Optional;

/**
 * The backend that computations run on, and the warning to show the user when it is not the one asked for.
 *
 * @param onGpu true when ND4J runs on the CUDA backend
 * @param backendName ND4J's name of the backend class, e.g. {@code CpuBackend}
 * @param warning a sentence for the user when the request could not be honoured
 */
public record BackendStatus(boolean onGpu, String backendName, Optional<String> warning) {
}
