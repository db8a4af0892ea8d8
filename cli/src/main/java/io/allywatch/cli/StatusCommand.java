package io.allywatch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Show each part of the local stack: pid, port, health. Exit 0 only if all are up.")
class StatusCommand implements Callable<Integer> {
    @Mixin
    StackOptions options;

    @Override
    public Integer call() {
        LocalStack stack = options.stack();
        List<LocalStack.ComponentStatus> status = stack.status();
        Table table = new Table("component", "pid", "port", "state", "log");
        for (LocalStack.ComponentStatus s : status) {
            table.row(s.name(), s.pid() == null ? "-" : s.pid().toString(), String.valueOf(s.port()), s.health(),
                    stack.layout().log(s.name()).toString());
        }
        table.print(System.out);
        boolean allUp = status.stream().allMatch(s -> s.health().equals("running") || s.health().equals("healthy"));
        return allUp ? 0 : 3;
    }
}
