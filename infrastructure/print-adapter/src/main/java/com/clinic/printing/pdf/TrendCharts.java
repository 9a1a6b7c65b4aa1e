package com.clinic.printing.pdf;

import com.clinic.printing.PrintDocument;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * A document's line chart drawn by XChart as a PNG at print resolution, its labels in the bundled Noto Sans SC (the
 * headless JVM has no Chinese face of its own; Lambda's java21 runtime draws AWT text with a face it is given).
 */
final class TrendCharts {
    /** Drawn at twice the printed size, so the scaled picture stays sharp on paper. */
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 760;

    private TrendCharts() {
    }

    /** The face is read once, when the first chart is drawn. */
    private static final class Face {
        static final Font SC = load();

        private static Font load() {
            try (InputStream in = TrendCharts.class.getResourceAsStream(OpenPdfRenderer.FONT)) {
                if (in == null) {
                    throw new IllegalStateException("font " + OpenPdfRenderer.FONT + " is not packaged");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Whether the chart has anything to draw. */
    static boolean drawable(PrintDocument.Chart c) {
        return c.series().stream().anyMatch(s -> !s.points().isEmpty());
    }

    /** The chart as PNG bytes: the plan's days on the x axis (1 to {@code days}), the unit on the y axis. */
    static byte[] png(PrintDocument.Chart c) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(c.title()).xAxisTitle("方案天数")
                .yAxisTitle(c.unit()).build();
        var style = chart.getStyler();
        style.setChartTitleFont(Face.SC.deriveFont(Font.PLAIN, 34f));
        style.setAxisTitleFont(Face.SC.deriveFont(Font.PLAIN, 24f));
        style.setAxisTickLabelsFont(Face.SC.deriveFont(Font.PLAIN, 20f));
        style.setLegendFont(Face.SC.deriveFont(Font.PLAIN, 22f));
        style.setLegendPosition(Styler.LegendPosition.InsideNE);
        style.setChartBackgroundColor(Color.WHITE);
        style.setPlotBackgroundColor(Color.WHITE);
        style.setXAxisMin(1.0);
        style.setXAxisMax((double) c.days());
        style.setXAxisDecimalPattern("0");
        style.setMarkerSize(9);
        for (PrintDocument.Series s : c.series()) {
            if (s.points().isEmpty()) {
                continue;
            }
            chart.addSeries(s.name(), s.points().stream().mapToDouble(PrintDocument.Point::day).toArray(),
                    s.points().stream().mapToDouble(PrintDocument.Point::value).toArray());
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
