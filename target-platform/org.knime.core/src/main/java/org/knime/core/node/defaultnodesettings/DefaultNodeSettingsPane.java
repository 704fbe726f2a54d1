package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.List;

import javax.swing.BoxLayout;
import javax.swing.JPanel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's dialog built from dialog components, each loading and saving its settings model. Groups and
 * placement only arrange panels; the stand-in keeps one panel per tab.
 */
public class DefaultNodeSettingsPane extends NodeDialogPane {

    private final List<DialogComponent> m_dialogComponents = new ArrayList<>();

    private JPanel m_currentPanel;

    public DefaultNodeSettingsPane() {
        m_currentPanel = newPanel();
        addTab("Options", m_currentPanel);
    }

    private static JPanel newPanel() {
        final JPanel panel = new JPanel();
        panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
        return panel;
    }

    /** @param tabTitle components added from now on go into a new tab with this title */
    public void createNewTab(final String tabTitle) {
        if (tabTitle == null || tabTitle.isEmpty() || getTab(tabTitle) != null) {
            throw new IllegalArgumentException("The tab title must be new and not empty: " + tabTitle);
        }
        m_currentPanel = newPanel();
        addTab(tabTitle, m_currentPanel);
    }

    /** @param title components added from now on go into a titled group */
    public void createNewGroup(final String title) {
        // the stand-in does not draw group borders
    }

    /** Components added from now on go outside any group. */
    public void closeCurrentGroup() {
        // the stand-in does not draw group borders
    }

    /** @param horizontal whether the next components go side by side */
    public void setHorizontalPlacement(final boolean horizontal) {
        // the stand-in stacks components
    }

    /** @param diaC the component to show, load and save */
    public void addDialogComponent(final DialogComponent diaC) {
        m_dialogComponents.add(diaC);
        m_currentPanel.add(diaC.getComponentPanel());
    }

    @Override
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        for (final DialogComponent comp : m_dialogComponents) {
            comp.loadSettingsFrom(settings, specs);
        }
        loadAdditionalSettingsFrom(settings, specs);
    }

    @Override
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        for (final DialogComponent comp : m_dialogComponents) {
            comp.saveSettingsTo(settings);
        }
        saveAdditionalSettingsTo(settings);
    }

    /**
     * @param settings the node's settings
     * @param specs the input specs
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        // subclass hook
    }

    /**
     * @param settings to save more settings into
     * @throws InvalidSettingsException if the user entered invalid values
     */
    public void saveAdditionalSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        // subclass hook
    }
}
