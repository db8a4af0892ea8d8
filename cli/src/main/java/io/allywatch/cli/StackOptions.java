package io.allywatch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the local stack lives and which ports it uses; every port can be moved. */
public class StackOptions {
    @Option(names = "--home", description = "Folder for the stack's data, logs, pids and API key (default: ${DEFAULT-VALUE})",
            defaultValue = "${env:ALLYWATCH_STATE:-.allywatch}")
    Path home;

    @Option(names = "--kafka-port", defaultValue = "${env:KAFKA_PORT:-9092}", description = "default: ${DEFAULT-VALUE}")
    int kafkaPort;

    @Option(names = "--ingest-port", defaultValue = "${env:INGEST_PORT:-8081}", description = "default: ${DEFAULT-VALUE}")
    int ingestPort;

    @Option(names = "--extract-port", defaultValue = "${env:EXTRACT_PORT:-8082}", description = "default: ${DEFAULT-VALUE}")
    int extractPort;

    @Option(names = "--query-port", defaultValue = "${env:QUERY_PORT:-8080}", description = "default: ${DEFAULT-VALUE}")
    int queryPort;

    LocalStack stack() {
        return new LocalStack(StackLayout.at(home.toAbsolutePath()), kafkaPort, ingestPort, extractPort, queryPort);
    }
}
