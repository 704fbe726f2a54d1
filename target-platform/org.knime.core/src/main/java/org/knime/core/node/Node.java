package org.knime.core.node;

/**
 * Stand-in for KNIME's node, the framework's wrapper of a node model; only passed to an {@link ExecutionContext}
 * (KNIME's implements {@code NodeModelWarningListener}, left out with all members).
 */
public final class Node {

    private final NodeFactory<NodeModel> m_factory;

    /** @param nodeFactory the factory of the node's model */
    public Node(final NodeFactory<NodeModel> nodeFactory) {
        m_factory = nodeFactory;
    }

    /** @return the node's name (the stand-in's: the factory's simple class name) */
    public String getName() {
        return m_factory == null ? "Node" : m_factory.getClass().getSimpleName().replaceFirst("NodeFactory$", "");
    }
}
