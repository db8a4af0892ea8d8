package io.allywatch.cli;

import java.util.List;
import java.util.Locale;

/**
 * The bench run as a hand-written SVG: consumer lag of both hops over the run (top) and the freshness
 * of every load-driver article by the time it was sent (bottom, log scale), on one time axis with the
 * run's phases shaded.
 */
final class BenchPlot {
    static final int WIDTH = 960;
    static final int PANEL_HEIGHT = 240;
    static final int LEFT = 70;
    static final int RIGHT = 20;
    static final int TOP = 30;
    static final int GAP = 50;
    /** Drawn points per series at most, so the file stays small. */
    static final int MAX_POINTS = 4000;
    private static final String EXTRACT_COLOR = "#1f77b4";
    private static final String QUERY_COLOR = "#d62728";
    private static final String PROBE_COLOR = "#2ca02c";

    private BenchPlot() {
    }

    static String svg(BenchResults r) {
        double end = Math.max(1, r.samples().stream().mapToDouble(BenchResults.Sample::at).max().orElse(1));
        end = Math.max(end, r.probes().stream().mapToDouble(BenchResults.Probe::sentAt).max().orElse(0));
        long maxLag = Math.max(1, r.samples().stream().mapToLong(s -> Math.max(s.extractLag(), s.queryLag())).max().orElse(1));
        double maxLatency = Math.max(10, r.probes().stream().mapToDouble(BenchResults.Probe::latencyMs).max().orElse(10));
        int height = TOP + PANEL_HEIGHT + GAP + PANEL_HEIGHT + 45;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int lagTop = TOP;
        int freshTop = TOP + PANEL_HEIGHT + GAP;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, height, WIDTH, height));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
        s.append("<title>").append(escape("allywatch bench " + r.mode() + ", " + r.started())).append("</title>\n");
        final double endSeconds = end;
        // Phases shaded across both panels.
        int i = 0;
        for (BenchResults.Phase p : r.phases()) {
            double x0 = LEFT + plotWidth * p.from() / endSeconds;
            double x1 = LEFT + plotWidth * p.to() / endSeconds;
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
                    x0, lagTop, Math.max(0.5, x1 - x0), freshTop + PANEL_HEIGHT - lagTop, i++ % 2 == 0 ? "#f2f2f2" : "#e6eef7"));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#555\">%s</text>%n", x0 + 2, lagTop - 6, escape(p.name())));
        }
        axes(s, lagTop, plotWidth, "consumer lag (records)", "0", String.format(Locale.ROOT, "%,d", maxLag));
        axes(s, freshTop, plotWidth, "freshness, 2xx → on the query API (ms, log)", "1", String.format(Locale.ROOT, "%,.0f", maxLatency));
        s.append(polyline(r.samples().stream().filter(x -> x.extractLag() >= 0)
                .map(x -> point(x.at(), x.extractLag(), endSeconds, maxLag, lagTop, plotWidth)).toList(), EXTRACT_COLOR));
        s.append(polyline(r.samples().stream().filter(x -> x.queryLag() >= 0)
                .map(x -> point(x.at(), x.queryLag(), endSeconds, maxLag, lagTop, plotWidth)).toList(), QUERY_COLOR));
        legend(s, LEFT + plotWidth - 260, lagTop + 14, EXTRACT_COLOR, "extract-service (articles.raw)");
        legend(s, LEFT + plotWidth - 260, lagTop + 30, QUERY_COLOR, "query-service (event topics)");
        List<BenchResults.Probe> probes = r.probes();
        int step = Math.max(1, probes.size() / MAX_POINTS);
        double logMax = Math.log10(maxLatency);
        s.append("<g fill=\"").append(PROBE_COLOR).append("\" fill-opacity=\"0.5\">\n");
        for (int k = 0; k < probes.size(); k += step) {
            BenchResults.Probe p = probes.get(k);
            double x = LEFT + plotWidth * p.sentAt() / endSeconds;
            double y = freshTop + PANEL_HEIGHT - PANEL_HEIGHT * Math.max(0, Math.log10(Math.max(1, p.latencyMs()))) / logMax;
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.5\"/>%n", x, y));
        }
        s.append("</g>\n");
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">seconds since the run began (0 – %.0f)</text>%n",
                LEFT + plotWidth / 2, height - 10, end));
        s.append("</svg>\n");
        return s.toString();
    }

    private static String point(double at, long value, double end, long max, int top, int plotWidth) {
        double x = LEFT + plotWidth * at / end;
        double y = top + PANEL_HEIGHT - PANEL_HEIGHT * (double) value / max;
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }

    private static String polyline(List<String> points, String color) {
        if (points.isEmpty()) {
            return "";
        }
        int step = Math.max(1, points.size() / MAX_POINTS);
        StringBuilder s = new StringBuilder("<polyline fill=\"none\" stroke=\"" + color + "\" stroke-width=\"1.5\" points=\"");
        for (int k = 0; k < points.size(); k += step) {
            s.append(points.get(k)).append(' ');
        }
        return s.append("\"/>\n").toString();
    }

    private static void axes(StringBuilder s, int top, int plotWidth, String label, String low, String high) {
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#888\"/>%n",
                LEFT, top, plotWidth, PANEL_HEIGHT));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LEFT - 4, top + 10, escape(high)));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LEFT - 4, top + PANEL_HEIGHT, escape(low)));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", LEFT + 4, top + 14, escape(label)));
    }

    private static void legend(StringBuilder s, int x, int y, String color, String text) {
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                x, y - 4, x + 20, y - 4, color));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", x + 26, y, escape(text)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
