package org.knime.core.node;

/**
 * Stand-in for the super class of KNIME's node views.
 *
 * @param <T> the node model the view shows
 */
public abstract class AbstractNodeView<T extends NodeModel> {

    private final T m_nodeModel;

    /** @param nodeModel the node model the view shows */
    AbstractNodeView(final T nodeModel) {
        m_nodeModel = nodeModel;
    }

    /** @return the node model the view shows */
    protected T getNodeModel() {
        return m_nodeModel;
    }

    /** Called when the node model changed, e.g. after execution or reset: show its current content. */
    protected abstract void modelChanged();

    /** @param arg what the model passed to {@link NodeModel#notifyViews(Object)} during execution */
    protected void updateModel(final Object arg) {
        // views that show progress during execution override this
    }
}
