package org.infobound.report;

import java.awt.Color;
import java.io.IOException;
import java.util.Base64;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws a {@link SweepSeries} with XChart as a PNG: both sides, the counterexample marked. */
final class SweepChart {

    private SweepChart() {
    }

    /** The PNG as a {@code data:image/png;base64,...} URI. */
    static String pngDataUri(SweepSeries s) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        XYChart chart = new XYChartBuilder().width(720).height(400)
                .title(s.relation() + " over " + s.parameter())
                .xAxisTitle(s.parameter()).yAxisTitle("value").build();
        XYStyler st = chart.getStyler();
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Horizontal);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotGridLinesVisible(true);
        st.setAntiAlias(true);
        XYSeries left = add(chart, "left side", s.xs(), s.left());
        left.setMarker(SeriesMarkers.CIRCLE);
        left.setLineColor(new Color(0x1f77b4));
        left.setMarkerColor(new Color(0x1f77b4));
        XYSeries right = add(chart, "right side", s.xs(), s.right());
        right.setMarker(SeriesMarkers.DIAMOND);
        right.setLineColor(new Color(0xff7f0e));
        right.setMarkerColor(new Color(0xff7f0e));
        XYSeries cx = chart.addSeries("counterexample (" + s.parameter() + " = " + (s.x0() == Math.rint(s.x0()) ? Long.toString((long) s.x0()) : Evidence.num(s.x0())) + ")",
                new double[] {s.x0(), s.x0()}, new double[] {s.left0(), s.right0()});
        cx.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        cx.setMarker(SeriesMarkers.SQUARE);
        cx.setLineColor(Color.RED);
        cx.setMarkerColor(Color.RED);
        byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /** Adds the finite points only (a side may be undefined or infinite at some values). */
    private static XYSeries add(XYChart chart, String name, double[] xs, double[] ys) {
        int n = 0;
        double[] fx = new double[xs.length];
        double[] fy = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(ys[i])) {
                fx[n] = xs[i];
                fy[n++] = ys[i];
            }
        }
        if (n == 0) {
            return chart.addSeries(name + " (undefined)", new double[] {xs[0]}, new double[] {0});
        }
        return chart.addSeries(name, java.util.Arrays.copyOf(fx, n), java.util.Arrays.copyOf(fy, n));
    }
}
