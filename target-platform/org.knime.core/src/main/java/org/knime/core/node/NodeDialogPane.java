package org.knime.core.node;

import java.awt.Component;
import java.util.LinkedHashMap;
import java.util.Map;

import org.knime.core.node.port.PortObjectSpec;

/** Stand-in for KNIME's node dialog: named tabs that load and save the node's settings. */
public abstract class NodeDialogPane {

    private final Map<String, Component> m_tabs = new LinkedHashMap<>();

    protected NodeDialogPane() {
        // tabs are added by subclasses
    }

    /**
     * @param settings the node's current settings
     * @param specs the input specs, an element null where not connected
     * @throws NotConfigurableException if the dialog cannot be opened with these specs
     */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        // subclasses load their settings
    }

    /**
     * @param settings to save the dialog's values into
     * @throws InvalidSettingsException if the user entered invalid values
     */
    protected abstract void saveSettingsTo(NodeSettingsWO settings) throws InvalidSettingsException;

    /**
     * @param title the tab's title
     * @param comp the tab's content
     */
    public final void addTab(final String title, final Component comp) {
        m_tabs.put(title, comp);
    }

    /** @return the tab with the title, or null */
    protected final Component getTab(final String title) {
        return m_tabs.get(title);
    }
}
