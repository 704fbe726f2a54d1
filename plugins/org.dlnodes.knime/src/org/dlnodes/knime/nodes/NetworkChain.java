package org.dlnodes.knime.nodes;

import java.util.ArrayList;
import java.util.List;

import org.dlnodes.engine.spec.LayerSpec;
import org.dlnodes.engine.spec.LossSpec;
import org.dlnodes.engine.spec.NetworkSpec;
import org.dlnodes.engine.spec.OptimizerSpec;

/**
 * How the builder nodes grow a network: every step makes a new engine spec, which validates itself and throws
 * {@link org.dlnodes.engine.spec.InvalidSpecException} with the fix spelled out.
 */
public final class NetworkChain {

    private NetworkChain() {
    }

    /** @return a network of the given input size (or {@link NetworkSpec#INFERRED}) and nothing else yet */
    public static NetworkSpec start(final int inputFeatures) {
        return new NetworkSpec(inputFeatures, List.of(), null, null);
    }

    /** @return the network with the layer after its last one */
    public static NetworkSpec append(final NetworkSpec network, final LayerSpec layer) {
        final List<LayerSpec> layers = new ArrayList<>(network.layers());
        layers.add(layer);
        return new NetworkSpec(network.inputFeatures(), layers, network.loss(), network.optimizer());
    }

    /** @return the network with the loss, checked against its output layer */
    public static NetworkSpec withLoss(final NetworkSpec network, final LossSpec loss) {
        return new NetworkSpec(network.inputFeatures(), network.layers(), loss, network.optimizer());
    }

    /** @return the network with the optimizer */
    public static NetworkSpec withOptimizer(final NetworkSpec network, final OptimizerSpec optimizer) {
        return network.withOptimizer(optimizer);
    }
}
