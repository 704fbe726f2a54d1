package org.dlnodes.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/** Draws learning curves (one line per series, over the epochs) into a PNG, headless with Java2D. */
final class CurveChart {

    private static final int WIDTH = 900;

    private static final int HEIGHT = 420;

    private static final int MARGIN = 50;

    private static final Color[] COLORS = {new Color(31, 119, 180), new Color(255, 127, 14),
        new Color(44, 160, 44), new Color(214, 39, 40)};

    private CurveChart() {
    }

    /**
     * @param panels per panel title, its series by name (values per epoch)
     * @param file the PNG to write
     */
    static void write(final Map<String, Map<String, double[]>> panels, final File file) throws IOException {
        final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        final int panelWidth = WIDTH / panels.size();
        int left = 0;
        for (final Map.Entry<String, Map<String, double[]>> panel : panels.entrySet()) {
            drawPanel(g, panel.getKey(), panel.getValue(), left, panelWidth);
            left += panelWidth;
        }
        g.dispose();
        file.getParentFile().mkdirs();
        ImageIO.write(image, "png", file);
    }

    private static void drawPanel(final Graphics2D g, final String title, final Map<String, double[]> series,
        final int left, final int width) {
        final int x0 = left + MARGIN;
        final int x1 = left + width - 20;
        final int y0 = HEIGHT - MARGIN;
        final int y1 = 60; // room for the legend above the plot
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int epochs = 1;
        for (final double[] values : series.values()) {
            for (final double v : values) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            epochs = Math.max(epochs, values.length);
        }
        if (max - min < 1e-9) {
            max = min + 1;
        }
        g.setColor(Color.BLACK);
        g.drawString(title, x0, 25);
        g.drawLine(x0, y0, x1, y0);
        g.drawLine(x0, y0, x0, y1);
        g.drawString(String.format("%.3f", max), left + 5, y1 + 5);
        g.drawString(String.format("%.3f", min), left + 5, y0);
        g.drawString("epoch 1", x0, y0 + 18);
        g.drawString("epoch " + epochs, x1 - 50, y0 + 18);
        int color = 0;
        for (final Map.Entry<String, double[]> s : series.entrySet()) {
            g.setColor(COLORS[color % COLORS.length]);
            g.setStroke(new BasicStroke(2));
            final double[] v = s.getValue();
            for (int i = 1; i < v.length; i++) {
                g.drawLine(x(i - 1, epochs, x0, x1), y(v[i - 1], min, max, y0, y1), x(i, epochs, x0, x1),
                    y(v[i], min, max, y0, y1));
            }
            g.drawString(s.getKey(), x1 - 110, 20 + 15 * color);
            color++;
        }
    }

    private static int x(final int epoch, final int epochs, final int x0, final int x1) {
        return x0 + (epochs == 1 ? 0 : epoch * (x1 - x0) / (epochs - 1));
    }

    private static int y(final double value, final double min, final double max, final int y0, final int y1) {
        return (int)Math.round(y0 - (value - min) / (max - min) * (y0 - y1));
    }

    /** @return the two usual panels: losses, and accuracies */
    static Map<String, Map<String, double[]>> panels(final Map<String, double[]> curves) {
        final Map<String, Map<String, double[]>> panels = new LinkedHashMap<>();
        for (final String panel : List.of("loss", "accuracy")) {
            final Map<String, double[]> series = new LinkedHashMap<>();
            curves.forEach((name, values) -> {
                if (name.equals(panel) || name.equals("val_" + panel)) {
                    series.put(name, values);
                }
            });
            panels.put(panel, series);
        }
        return panels;
    }
}
