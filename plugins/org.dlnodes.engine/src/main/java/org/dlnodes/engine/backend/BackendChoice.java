package org.dlnodes.engine.backend;

/** Which ND4J backend the user asks for. */
public enum BackendChoice {
    /** The GPU when CUDA is installed and a device is present, else the CPU, silently. */
    AUTO,
    /** Always the CPU, even when the GPU support feature is installed. */
    CPU,
    /** The GPU; when it cannot be had, the CPU with a warning that says why. */
    GPU
}
