package org.knime.core.node;

import java.util.EventListener;

/** Stand-in for KNIME's listener of a node model's warning, e.g. the node container that shows it. */
public interface NodeModelWarningListener extends EventListener {

    /** @param warning the new warning, null when cleared */
    void warningChanged(String warning);
}
