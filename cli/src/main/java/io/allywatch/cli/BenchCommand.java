package io.allywatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "The pipeline benchmark, on a stack of its own (free ports, a temporary folder):",
        "the raw Kafka round trip on its broker, the corpus end to end (ingest, extract,",
        "read store), freshness under an open-loop load, each process's memory.",
        "Prints a summary, rewrites the tables between the bench markers of --doc,",
        "writes the plot (--plot), and stops all it started, also on Ctrl-C or failure."})
class BenchCommand implements Callable<Integer> {
    static final String SCRATCH_TOPIC = "bench.raw-round-trip";
    static final int SCRATCH_PARTITIONS = 3;
    /** --quick: a slice and load steps small enough to finish in under 3 minutes on 2 busy cores. */
    static final int QUICK_ARTICLES = 1000;
    static final Duration QUICK_STEP = Duration.ofSeconds(10);
    static final Duration QUICK_DRAIN = Duration.ofSeconds(20);
    static final Duration FULL_STEP = Duration.ofSeconds(60);
    static final Duration FULL_DRAIN = Duration.ofSeconds(60);
    static final Duration QUICK_WARM_UP = Duration.ofSeconds(10);
    static final Duration FULL_WARM_UP = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "a slice of the corpus and short load steps: under 3 minutes")
    boolean quick;

    @Option(names = "--corpus", defaultValue = "${env:ALLYWATCH_CORPUS:-../shared/corpus}",
            description = "folder of corpus .jsonl files (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--articles", description = "corpus articles to send (default: all, or 1000 with --quick)")
    Integer articles;

    @Option(names = "--rates", split = ",", defaultValue = "100,500", description = "open-loop load steps, articles/s (default: ${DEFAULT-VALUE})")
    List<Integer> rates;

    @Option(names = "--step", description = "length of each load step (default: PT60S, PT10S with --quick)")
    Duration step;

    @Option(names = "--warm-up", description = "the first rate, unscored, before the steps (default: PT30S, PT10S with --quick; PT0S: none)")
    Duration warmUp;

    @Option(names = "--catch-up-timeout", defaultValue = "PT15M", description = "longest wait for the pipeline to catch up (default: ${DEFAULT-VALUE})")
    Duration catchUpTimeout;

    @Option(names = "--doc", defaultValue = "docs/BENCHMARKS.md",
            description = "Markdown file whose bench markers are rewritten (default: ${DEFAULT-VALUE}); 'none' to leave it")
    Path doc;

    @Option(names = "--plot", defaultValue = "docs/bench/pipeline-lag-freshness.svg", description = "SVG written (default: ${DEFAULT-VALUE})")
    Path plot;

    @Option(names = "--keep", description = "keep the bench stack's folder (logs, Kafka data) instead of deleting it")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        BenchRun.Settings settings = settings(); // a bad duration is told before anything starts
        PrintStream out = System.out;
        Path home = Files.createTempDirectory("allywatch-bench-");
        LocalStack stack = new LocalStack(StackLayout.at(home), freePort(), freePort(), freePort(), freePort());
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                stack.down(out);
            }
        };
        Thread onCtrlC = new Thread(stop, "allywatch-bench-down");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        boolean ok = false;
        try {
            BenchResults results = new BenchRun(stack, settings, out).run();
            stop.run();
            report(results, out);
            ok = true;
            return 0;
        } catch (LocalStack.StackException | IllegalStateException | IOException e) {
            System.err.println("allywatch bench failed: " + e.getMessage() + " (logs in " + stack.layout().logs() + ")");
            keep = true;
            return 1;
        } finally {
            stop.run();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            if (!keep && ok) {
                deleteTree(home);
            } else {
                out.println("Bench stack folder kept: " + home);
            }
        }
    }

    BenchRun.Settings settings() {
        int limit = articles != null ? articles : quick ? QUICK_ARTICLES : Integer.MAX_VALUE;
        Duration each = step != null ? step : quick ? QUICK_STEP : FULL_STEP;
        Duration warm = warmUp != null ? warmUp : quick ? QUICK_WARM_UP : FULL_WARM_UP;
        if (each.isNegative() || each.isZero()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--step must be longer than zero, not " + each);
        }
        if (warm.isNegative()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--warm-up must not be negative (PT0S: none), not " + warm);
        }
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        int own = args.indexOf(spec.name()); // the parent's arguments come first when picocli hands them over
        String command = "./allywatch bench " + String.join(" ", args.subList(own + 1, args.size()));
        return new BenchRun.Settings(command.strip(), quick ? "--quick" : "full", corpus, limit, rates, each,
                quick ? QUICK_DRAIN : FULL_DRAIN, catchUpTimeout, warm);
    }

    private void report(BenchResults results, PrintStream out) throws IOException {
        Path plotFile = plot.toAbsolutePath();
        Files.createDirectories(plotFile.getParent());
        Files.writeString(plotFile, BenchPlot.svg(results));
        String markdown;
        if (doc.toString().equals("none")) {
            markdown = BenchMarkdown.render(results, plotFile.toString());
        } else {
            Path docFile = doc.toAbsolutePath();
            String link = docFile.getParent().relativize(plotFile).toString();
            markdown = BenchMarkdown.render(results, link);
            BenchMarkdown.rewrite(docFile, markdown);
            out.println("Rewrote the bench section of " + doc + "; plot in " + plot);
        }
        out.println();
        out.println(markdown);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }
}
