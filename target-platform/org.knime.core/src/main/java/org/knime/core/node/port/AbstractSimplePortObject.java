package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/** Stand-in for KNIME's port object that saves itself into model content. */
public abstract class AbstractSimplePortObject implements PortObject {

    /**
     * The serializer of a simple port object; subclasses only give the type argument.
     *
     * @param <T> the port object class, with a public no-argument constructor
     */
    public abstract static class AbstractSimplePortObjectSerializer<T extends AbstractSimplePortObject>
        extends PortObjectSerializer<T> {

        @Override
        public void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            final ModelContent content = new ModelContent("model.xml");
            content.addInt("version", 1);
            content.addString("class_name", portObject.getClass().getName());
            portObject.save(content.addModelContent("model"), exec);
            SimpleContentZip.write(content, out);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            final ModelContentRO model = SimpleContentZip.read(in);
            final T result = (T)SimpleContentZip.newInstanceOfTypeArgument(this, AbstractSimplePortObject.class);
            try {
                result.load(model, spec, exec);
            } catch (InvalidSettingsException e) {
                throw new IOException("Unable to load model content into \"" + result.getClass().getSimpleName()
                    + "\": " + e.getMessage(), e);
            }
            return result;
        }
    }

    /** Public no-argument constructor, which subclasses must also have. */
    public AbstractSimplePortObject() {
    }

    protected abstract void save(ModelContentWO model, ExecutionMonitor exec) throws CanceledExecutionException;

    protected abstract void load(ModelContentRO model, PortObjectSpec spec, ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException;

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object oport) {
        if (oport == this) {
            return true;
        }
        if (oport == null || !getClass().equals(oport.getClass())) {
            return false;
        }
        return content(this).equals(content((AbstractSimplePortObject)oport));
    }

    @Override
    public int hashCode() {
        return content(this).hashCode();
    }

    private static ModelContent content(final AbstractSimplePortObject object) {
        final ModelContent content = new ModelContent("ignored");
        try {
            object.save(content, new ExecutionMonitor());
        } catch (CanceledExecutionException e) {
            // the stand-in's monitor is never canceled
        }
        return content;
    }
}
