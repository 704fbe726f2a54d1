package org.dlnodes.knime.port;

import java.awt.BorderLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

import org.dlnodes.engine.spec.NetworkSpec;

/** The port view of a network spec: the summary table, the total of trainable parameters, loss and optimizer. */
final class NetworkSummaryView extends JPanel {

    private static final long serialVersionUID = 1L;

    NetworkSummaryView(final NetworkSpec network) {
        super(new BorderLayout());
        setName("Network Summary");
        final SummaryTable summary = SummaryTable.of(network);
        final Object[][] cells = summary.rows().stream().map(r -> r.cells().toArray()).toArray(Object[][]::new);
        final JTable table = new JTable(new DefaultTableModel(cells, SummaryTable.COLUMNS.toArray()) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(final int row, final int column) {
                return false;
            }
        });
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(new JLabel("<html>Trainable parameters: " + summary.trainableParameters() + "<br>"
            + "Loss: " + summary.loss() + "<br>Optimizer: " + summary.optimizer() + "</html>"), BorderLayout.SOUTH);
    }
}
