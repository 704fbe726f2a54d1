package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.Config;

/** Stand-in for KNIME's model content: the config tree port objects save themselves into. */
public class ModelContent extends Config implements ModelContentRO, ModelContentWO {

    /** @param key the key of this content */
    public ModelContent(final String key) {
        super(key);
    }

    @Override
    protected ModelContent getInstance(final String key) {
        return new ModelContent(key);
    }

    @Override
    public ModelContentRO getModelContent(final String key) throws InvalidSettingsException {
        return (ModelContent)getConfig(key);
    }

    @Override
    public ModelContentWO addModelContent(final String key) {
        return (ModelContent)addConfig(key);
    }

    @Override
    public void addModelContent(final ModelContent modelContent) {
        modelContent.copyTo(addModelContent(modelContent.getKey()));
    }

    /**
     * @param is the stream written by {@link #saveToXML(java.io.OutputStream)}; not closed
     * @return the content read
     * @throws IOException if the stream holds no such XML
     */
    public static ModelContentRO loadFromXML(final InputStream is) throws IOException {
        final ModelContent content = new ModelContent("ignored");
        load(content, is);
        return content;
    }
}
