package org.knime.core.node.port;

import java.io.IOException;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** Stand-in for KNIME's port object that writes its content into zip entries of its own. */
public abstract class AbstractPortObject implements PortObject {

    /**
     * The serializer of such port objects; subclasses only give the type argument.
     *
     * @param <T> the port object class, with a public no-argument constructor
     */
    public abstract static class AbstractPortObjectSerializer<T extends AbstractPortObject>
        extends PortObjectSerializer<T> {

        @Override
        public final void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            portObject.save(out, exec);
        }

        @Override
        @SuppressWarnings("unchecked")
        public final T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            final T result = (T)SimpleContentZip.newInstanceOfTypeArgument(this, AbstractPortObject.class);
            result.load(in, spec, exec);
            return result;
        }
    }

    /** Public no-argument constructor, which subclasses must also have. */
    public AbstractPortObject() {
    }

    protected abstract void save(PortObjectZipOutputStream out, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void load(PortObjectZipInputStream in, PortObjectSpec spec, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;
}
