package org.dlnodes.knime.nodes.learner;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.swing.JPanel;

/**
 * Learning curves side by side: the losses, and accuracy or mean absolute error, each for training and (when there is
 * validation data) validation, over the epochs. The Learner's node view shows it live; the demo renders it to a PNG.
 */
public final class LearningCurvePanel extends JPanel {

    private static final long serialVersionUID = 1L;

    private static final int MARGIN = 50;

    private static final int TOP = 60;

    private static final Color[] COLORS = {new Color(31, 119, 180), new Color(255, 127, 14)};

    private transient Map<String, double[]> m_curves = Map.of();

    public LearningCurvePanel() {
        setBackground(Color.WHITE);
        setPreferredSize(new Dimension(900, 420));
    }

    /** @param curves the metrics by name ("loss", "val_loss", "accuracy", ...), one value per epoch */
    public void setCurves(final Map<String, double[]> curves) {
        m_curves = Map.copyOf(curves);
        repaint();
    }

    /** @return the panels drawn: metric (loss, accuracy or mae) to its training and validation series */
    Map<String, Map<String, double[]>> panels() {
        final Map<String, Map<String, double[]>> panels = new LinkedHashMap<>();
        for (final String metric : List.of("loss", "accuracy", "mae")) {
            final Map<String, double[]> series = new LinkedHashMap<>();
            for (final String name : List.of(metric, "val_" + metric)) {
                if (m_curves.containsKey(name)) {
                    series.put(name, m_curves.get(name));
                }
            }
            if (!series.isEmpty()) {
                panels.put(metric, series);
            }
        }
        return panels;
    }

    @Override
    protected void paintComponent(final Graphics graphics) {
        super.paintComponent(graphics);
        final Graphics2D g = (Graphics2D)graphics;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        final Map<String, Map<String, double[]>> panels = panels();
        if (panels.isEmpty()) {
            g.setColor(Color.DARK_GRAY);
            g.drawString("No epoch finished yet: execute the node.", MARGIN, TOP);
            return;
        }
        final int width = getWidth() / panels.size();
        int left = 0;
        for (final Map.Entry<String, Map<String, double[]>> panel : panels.entrySet()) {
            drawPanel(g, panel.getKey(), panel.getValue(), left, width);
            left += width;
        }
    }

    private void drawPanel(final Graphics2D g, final String title, final Map<String, double[]> series,
        final int left, final int width) {
        final int x0 = left + MARGIN;
        final int x1 = left + width - 20;
        final int y0 = getHeight() - MARGIN;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int epochs = 1;
        for (final double[] values : series.values()) {
            for (final double v : values) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            epochs = Math.max(epochs, values.length);
        }
        if (!(max - min > 1e-12)) {
            min = Double.isFinite(min) ? min : 0;
            max = min + 1;
        }
        g.setColor(Color.BLACK);
        g.drawString(title, x0, 25);
        g.drawLine(x0, y0, x1, y0);
        g.drawLine(x0, y0, x0, TOP);
        g.drawString(String.format(Locale.ROOT, "%.3f", max), left + 5, TOP + 5);
        g.drawString(String.format(Locale.ROOT, "%.3f", min), left + 5, y0);
        g.drawString("epoch 1", x0, y0 + 18);
        g.drawString("epoch " + epochs, x1 - 50, y0 + 18);
        int color = 0;
        for (final Map.Entry<String, double[]> s : series.entrySet()) {
            g.setColor(COLORS[color % COLORS.length]);
            g.setStroke(new BasicStroke(2));
            final double[] v = s.getValue();
            for (int i = 1; i < v.length; i++) {
                g.drawLine(x(i - 1, epochs, x0, x1), y(v[i - 1], min, max, y0), x(i, epochs, x0, x1),
                    y(v[i], min, max, y0));
            }
            g.drawString(s.getKey(), x1 - 110, 20 + 15 * color);
            color++;
        }
    }

    private static int x(final int epoch, final int epochs, final int x0, final int x1) {
        return x0 + (epochs == 1 ? 0 : epoch * (x1 - x0) / (epochs - 1));
    }

    private static int y(final double value, final double min, final double max, final int y0) {
        return (int)Math.round(y0 - (value - min) / (max - min) * (y0 - TOP));
    }
}
