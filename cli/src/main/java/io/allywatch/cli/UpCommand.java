package io.allywatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "up", mixinStandardHelpOptions = true, description = "Start Kafka and the three services in the background; return when all are healthy.")
class UpCommand implements Callable<Integer> {
    @Mixin
    StackOptions options;

    @Override
    public Integer call() {
        LocalStack stack = options.stack();
        try {
            stack.up(System.out);
        } catch (LocalStack.StackException e) {
            System.err.println("allywatch up failed: " + e.getMessage());
            return 1;
        }
        Urls.print(stack, System.out);
        return 0;
    }
}
