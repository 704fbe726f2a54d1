package org.knime.core.node;

import org.knime.core.data.DataTableSpec;

/**
 * Stand-in for KNIME's execution context. The framework creates it; nodes of this extension use only its
 * monitor part, so the stand-in has no public constructor, as in KNIME nodes never create one.
 */
public class ExecutionContext extends ExecutionMonitor {

    ExecutionContext() {
        super();
    }

    /**
     * @param progMon receives the progress and holds the cancel request
     * @param node the node whose tables this context creates (the stand-in keeps none)
     * @deprecated as in KNIME, where the framework uses a constructor with a data repository
     */
    @Deprecated
    public ExecutionContext(final NodeProgressMonitor progMon, final Node node) {
        super(progMon);
    }

    /** @return a container for the rows of a new output table of the spec */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return new BufferedDataContainer(spec);
    }
}
