package org.dlnodes.engine.train;

/** The validation of the settings records, in one place. */
final class Checks {

    private Checks() {
    }

    static void require(final boolean valid, final String message) {
        if (!valid) {
            throw new IllegalArgumentException(message);
        }
    }

    static void metricName(final String monitor, final String what) {
        require(monitor != null && !monitor.isBlank(), "The " + what + " needs a metric to monitor, e.g. val_loss.");
    }
}
