package io.allywatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every subcommand answers --help with its usage ("./allywatch up --help" used to say "Unknown option"). */
class HelpTest {

    @Test
    void everySubcommandAnswersHelp() {
        CommandLine root = new CommandLine(new AllyWatch());
        assertThat(root.getSubcommands()).hasSizeGreaterThanOrEqualTo(10);
        for (String name : root.getSubcommands().keySet()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new AllyWatch()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));

            int exit = cli.execute(name, "--help");

            assertThat(exit).as(name + " --help, stderr: " + err).isZero();
            assertThat(out.toString()).as(name).contains("Usage: allywatch " + name);
        }
    }
}
