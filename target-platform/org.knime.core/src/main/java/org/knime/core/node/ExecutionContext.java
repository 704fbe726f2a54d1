package org.knime.core.node;

/**
 * Stand-in for KNIME's execution context. The framework creates it; nodes of this extension use only its
 * monitor part, so the stand-in has no public constructor, as in KNIME nodes never create one.
 */
public class ExecutionContext extends ExecutionMonitor {

    ExecutionContext() {
        super();
    }
}
