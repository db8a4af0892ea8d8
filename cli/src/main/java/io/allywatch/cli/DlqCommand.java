package io.allywatch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Dead letters an operator can act on: what is in articles.dlq and events.dlq and why, and a re-drive after a fix. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "List the dead-letter topics (articles.dlq, events.dlq) by reason with counts and sample keys; "
                + "with --redrive, send the records whose reason contains the text back to the topic they came from (each once).")
class DlqCommand implements Callable<Integer> {
    static final String REDRIVEN_FILE = "dlq-redriven.txt";

    @Mixin
    StackOptions options;

    @Option(names = "--samples", defaultValue = "3", description = "sample keys per reason (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--redrive", paramLabel = "TEXT", description = "re-drive the records whose reason contains TEXT")
    String redrive;

    @Option(names = "--topic", description = "only this dead-letter topic: articles.dlq or events.dlq")
    String topic;

    @Override
    public Integer call() {
        LocalStack stack = options.stack();
        if (stack.alivePid(LocalStack.KAFKA).isEmpty()) {
            System.err.println("Kafka is not running: start the stack with ./allywatch up, then look at the dead letters.");
            return 1;
        }
        if (topic != null && !DeadLetters.TOPICS.contains(topic)) {
            System.err.println("--topic must be one of " + DeadLetters.TOPICS + ", not " + topic);
            return 2;
        }
        DeadLetters letters = new DeadLetters(stack.bootstrapServers(), stack.layout().home().resolve(REDRIVEN_FILE));
        if (redrive != null) {
            DeadLetters.Redrive r = letters.redrive(topic, redrive);
            System.out.printf("Re-drove %d record(s) whose reason contains \"%s\"; %d re-driven before (skipped), %d without an origin topic.%n",
                    r.sent().size(), redrive, r.alreadyRedriven(), r.noOrigin());
            r.sent().stream().limit(samples).forEach(l -> System.out.printf("  %s -> %s (key %s)%n", l.position(), l.origin(), l.key()));
            return 0;
        }
        print(letters.groups());
        return 0;
    }

    private void print(List<DeadLetters.Group> groups) {
        List<DeadLetters.Group> shown = groups.stream().filter(g -> topic == null || g.topic().equals(topic)).toList();
        if (shown.isEmpty()) {
            System.out.println("No dead letters.");
            return;
        }
        Table table = new Table("topic", "records", "reason", "sample keys");
        for (DeadLetters.Group g : shown) {
            String keys = String.join(", ", g.letters().stream().limit(samples).map(l -> String.valueOf(l.key())).toList());
            table.row(g.topic(), String.valueOf(g.letters().size()), g.reason(), keys);
        }
        table.print(System.out);
        System.out.println("Re-drive a group after a fix: ./allywatch dlq --redrive '<part of its reason>'");
    }
}
