package io.allywatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The bench run as Markdown, and its place in docs/BENCHMARKS.md: between two markers, nothing outside them touched. */
final class BenchMarkdown {
    static final String START = "<!-- bench:start -->";
    static final String END = "<!-- bench:end -->";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private BenchMarkdown() {
    }

    /** Replaces what lies between the markers with {@code body}; the document must hold each marker once, in order. */
    static String replaceBetweenMarkers(String document, String body) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 || end < 0 || end < start || document.indexOf(START, start + 1) >= 0 || document.indexOf(END, end + 1) >= 0) {
            throw new IllegalArgumentException("the document needs the lines " + START + " and " + END + " once each, in that order");
        }
        String inner = body.endsWith("\n") ? body : body + "\n";
        return document.substring(0, start + START.length()) + "\n" + inner + document.substring(end);
    }

    static void rewrite(Path document, String body) throws IOException {
        String text = Files.readString(document);
        Files.writeString(document, replaceBetweenMarkers(text, body));
    }

    static String render(BenchResults r, String plotLink) {
        StringBuilder md = new StringBuilder();
        double raw = r.raw().perSecond();
        md.append("Run ").append(MINUTE.format(r.started())).append("–").append(MINUTE.format(r.ended()).substring(11))
                .append(" UTC, ").append(r.mode()).append(", ").append(r.cores()).append(" cores, load average (1 / 5 / 15 min) ")
                .append(r.loadBefore()).append(" before, ").append(r.loadAfter()).append(" after.\n\n");
        md.append("Command: `").append(r.command()).append("`\n\n");

        BenchResults.Throughput t = r.throughput();
        md.append("| stage | articles | seconds from first upload | articles/s | ÷ raw round trip |\n");
        md.append("| --- | --- | --- | --- | --- |\n");
        md.append(String.format(Locale.ROOT, "| raw Kafka round trip (same records, scratch topic, produce + consume) | %,d | %.2f | %,.0f | 1.00 |%n",
                r.raw().records(), r.raw().seconds(), raw));
        row(md, "ingest (HTTP upload answered, on `articles.raw`)", t.accepted(), t.ingestSeconds(), t.perSecond(t.ingestSeconds()), raw);
        row(md, "extract (extract-service's lag 0)", t.accepted(), t.extractSeconds(), t.perSecond(t.extractSeconds()), raw);
        row(md, "**end to end** (query-service's lag 0: in the read store)", t.accepted(), t.projectionSeconds(),
                t.perSecond(t.projectionSeconds()), raw);
        md.append(String.format(Locale.ROOT, "%nUploaded %,d corpus articles: %,d accepted, %,d duplicates, %,d rejected; "
                        + "query-service counted %,d extraction records projected (`allywatch_extractions_projected_total`).%n%n",
                t.articles(), t.accepted(), t.duplicates(), t.rejected(), t.extractionsProjected()));

        md.append("| process | CPU seconds during the corpus run | CPU ms per accepted article |\n| --- | --- | --- |\n");
        for (Map.Entry<String, Double> e : t.cpuSeconds().entrySet()) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f |%n", e.getKey(), e.getValue(),
                    t.accepted() == 0 ? Double.NaN : e.getValue() * 1000 / t.accepted()));
        }

        md.append("\n| offered load (÷ raw round trip) | seconds | sent | 2xx | failed | seen on the query API | "
                + "2xx/s | freshness p50 | p95 | **p99** | max | from the send: p50 | p99 | of it in query-service: mean |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (BenchResults.Freshness f : r.freshness()) {
            Percentiles p = f.latencyMs();
            md.append(String.format(Locale.ROOT, "| %d/s (%.3f) | %.0f | %,d | %,d | %,d | %,d | %,.0f | %s | %s | **%s** | %s | %s | %s | %s |%n",
                    f.offeredPerSecond(), f.offeredPerSecond() / raw, f.seconds(), f.sent(), f.acknowledged(), f.failed(),
                    f.seen(), f.achievedPerSecond(), ms(p.p50()), ms(p.p95()), ms(p.p99()), ms(p.max()),
                    ms(f.fromSendMs().p50()), ms(f.fromSendMs().p99()), ms(f.projectionMeanMs())));
        }
        for (BenchResults.Freshness f : r.freshness()) {
            if (!f.failures().isEmpty()) {
                md.append(String.format(Locale.ROOT, "%nAt %d/s, the sends without a 2xx: %s.", f.offeredPerSecond(), f.failures()));
            }
        }
        md.append('\n');

        md.append("\n| process | resident idle (MB) | resident peak, sampled (MB) | VmHWM (MB) |\n| --- | --- | --- | --- |\n");
        for (BenchResults.Memory m : r.memory()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", m.process(), mb(m.idleRssKb()),
                    mb(m.peakSampledRssKb()), mb(m.hwmKb())));
        }
        md.append("\n![consumer lag and freshness over the run](").append(plotLink).append(")\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String stage, int articles, double seconds, double perSecond, double raw) {
        md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %,.0f | %.3f |%n", stage, articles, seconds, perSecond, perSecond / raw));
    }

    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f ms", v) : String.format(Locale.ROOT, "%.1f ms", v);
    }

    private static String mb(long kb) {
        return kb < 0 ? "–" : String.valueOf(Math.round(kb / 1024.0));
    }
}
