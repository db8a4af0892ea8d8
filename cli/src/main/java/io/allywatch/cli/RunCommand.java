package io.allywatch.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Start the whole pipeline, ingest seeds/, print what was found, and keep running until Ctrl-C.")
class RunCommand implements Callable<Integer> {
    @Mixin
    StackOptions options;

    @Option(names = "--seeds", defaultValue = "seeds", description = "folder to ingest (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--detach", description = "return after printing, leaving the stack running (stop it with ./allywatch down)")
    boolean detach;

    @Option(names = "--catch-up-timeout", defaultValue = "PT120S", description = "how long to wait for the pipeline (default: ${DEFAULT-VALUE})")
    Duration catchUpTimeout;

    @Override
    public Integer call() throws Exception {
        LocalStack stack = options.stack();
        CountDownLatch stopped = new CountDownLatch(1);
        if (!detach) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println();
                stack.down(System.out);
                stopped.countDown();
            }, "allywatch-down"));
        }
        try {
            stack.up(System.out);
        } catch (LocalStack.StackException e) {
            System.err.println("allywatch run failed: " + e.getMessage());
            return 1;
        }
        System.out.println();
        System.out.println("Ingesting " + seeds + " ...");
        IngestCommand.Summary summary = IngestCommand.ingest(stack, List.of(seeds), System.out);
        try (PipelineLag lag = new PipelineLag(stack.bootstrapServers())) {
            if (!lag.awaitCaughtUp(catchUpTimeout)) {
                System.err.println("The pipeline has not caught up after " + catchUpTimeout.toSeconds()
                        + " s; showing what is there so far (logs in " + stack.layout().logs() + ").");
            }
        }
        DesignationReport.print(stack, System.out);
        Urls.print(stack, System.out);
        if (detach) {
            return summary.rejected() == 0 ? 0 : 2;
        }
        System.out.println();
        System.out.println("Running. Press Ctrl-C to stop everything (data is kept in " + stack.layout().home() + ").");
        stopped.await();
        return 0;
    }
}
