package io.allywatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "down", mixinStandardHelpOptions = true, description = "Stop the services, then Kafka. Data, logs and the API key are kept.")
class DownCommand implements Callable<Integer> {
    @Mixin
    StackOptions options;

    @Override
    public Integer call() {
        LocalStack stack = options.stack();
        stack.down(System.out);
        System.out.println("Stopped. Data kept in " + stack.layout().home());
        return 0;
    }
}
