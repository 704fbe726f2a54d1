package org.knime.core.node;

/**
 * Stand-in for KNIME's node factory: creates a node's model, dialog and views. (KNIME's reads the node description
 * XML beside the factory; the stand-in does not.)
 *
 * @param <T> the node model class
 */
public abstract class NodeFactory<T extends NodeModel> {

    protected NodeFactory() {
        // the description is read by KNIME, not by this stand-in
    }

    /** @return a new node model */
    public abstract T createNodeModel();

    /** @return the number of views */
    protected abstract int getNrNodeViews();

    /**
     * @param viewIndex the view's index
     * @param nodeModel the model it shows
     * @return the view
     */
    public abstract NodeView<T> createNodeView(int viewIndex, T nodeModel);

    /** @return whether the node has a dialog */
    protected abstract boolean hasDialog();

    /** @return the node's dialog */
    protected abstract NodeDialogPane createNodeDialogPane();
}
