package io.allywatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./allywatch}. */
@Command(name = "allywatch", mixinStandardHelpOptions = true, version = "allywatch 0.1.0",
        description = "Runs the AllyWatch pipeline locally and talks to it.",
        subcommands = {RunCommand.class, UpCommand.class, DownCommand.class, StatusCommand.class,
                IngestCommand.class, ExtractCommand.class, BenchCommand.class, ReplayCommand.class, ReextractCommand.class, DlqCommand.class, EvalCommand.class, TrainAidCommand.class, TestCommand.class})
public class AllyWatch implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new AllyWatch()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
