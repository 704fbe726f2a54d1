package org.knime.core.node;

/**
 * Stand-in for KNIME's Swing node view; only referenced as the return type of {@link NodeFactory#createNodeView}.
 *
 * @param <T> the node model the view shows
 */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> {

    /** @param nodeModel the node model the view shows */
    protected NodeView(final T nodeModel) {
        super(nodeModel);
    }
}
