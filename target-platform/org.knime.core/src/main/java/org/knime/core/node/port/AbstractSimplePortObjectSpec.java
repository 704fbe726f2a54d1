package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/** Stand-in for KNIME's port object spec that saves itself into model content. */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    /**
     * The serializer of a simple spec; subclasses only give the type argument.
     *
     * @param <T> the spec class, with a public no-argument constructor
     */
    public abstract static class AbstractSimplePortObjectSpecSerializer<T extends AbstractSimplePortObjectSpec>
        extends PortObjectSpecSerializer<T> {

        @Override
        public void savePortObjectSpec(final T portObjectSpec, final PortObjectSpecZipOutputStream out)
            throws IOException {
            final ModelContent content = new ModelContent("model.xml");
            content.addInt("version", 1);
            content.addString("class_name", portObjectSpec.getClass().getName());
            portObjectSpec.save(content.addModelContent("model"));
            SimpleContentZip.write(content, out);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException {
            final ModelContentRO model = SimpleContentZip.read(in);
            final T result = (T)SimpleContentZip.newInstanceOfTypeArgument(this, AbstractSimplePortObjectSpec.class);
            try {
                result.load(model);
            } catch (InvalidSettingsException e) {
                throw new IOException("Unable to load model content into \"" + result.getClass().getSimpleName()
                    + "\": " + e.getMessage(), e);
            }
            return result;
        }
    }

    /** Public no-argument constructor, which subclasses must also have. */
    public AbstractSimplePortObjectSpec() {
    }

    protected abstract void save(ModelContentWO model);

    protected abstract void load(ModelContentRO model) throws InvalidSettingsException;

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object ospec) {
        if (ospec == this) {
            return true;
        }
        if (ospec == null || !getClass().equals(ospec.getClass())) {
            return false;
        }
        return content(this).equals(content((AbstractSimplePortObjectSpec)ospec));
    }

    @Override
    public int hashCode() {
        return content(this).hashCode();
    }

    private static ModelContent content(final AbstractSimplePortObjectSpec spec) {
        final ModelContent content = new ModelContent("ignored");
        spec.save(content);
        return content;
    }
}
