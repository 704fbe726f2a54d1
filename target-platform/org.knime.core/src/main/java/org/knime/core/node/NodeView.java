package org.knime.core.node;

import java.awt.Component;

/**
 * Stand-in for KNIME's Swing node view: KNIME shows the component set by {@link #setComponent} in a frame; the
 * stand-in only keeps it.
 *
 * @param <T> the node model the view shows
 */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> {

    @SuppressWarnings("unused") // KNIME's frame shows it; the stand-in has no frame
    private Component m_comp;

    /** @param nodeModel the node model the view shows */
    protected NodeView(final T nodeModel) {
        super(nodeModel);
    }

    /** @param comp the component shown in the view */
    protected final void setComponent(final Component comp) {
        m_comp = comp;
    }

    /** Called when the view closes. */
    protected abstract void onClose();

    /** Called when the view opens. */
    protected abstract void onOpen();
}
