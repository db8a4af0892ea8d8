package io.allywatch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Listed here so that {@code ./allywatch --help} shows it; the work is the shell script's, which
 * catches {@code test} before the JVM starts: the tools the tests drive are Debian packages, and the
 * test run is Maven's, neither of which belongs inside this CLI's JVM.
 */
@Command(name = "test", mixinStandardHelpOptions = true, description = {
        "Every test: installs the tools the tests drive (kcat, chromium, chromium-driver, kubernetes-client, nodejs, npm)",
        "where it may, or names the one command that does, then runs ./mvnw -B verify [MAVEN_ARGS]."})
class TestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "MAVEN_ARGS", description = "passed on to ./mvnw -B verify, e.g. -Ppostgres -pl query-service -am")
    List<String> mavenArgs;

    @Override
    public Integer call() {
        System.err.println("allywatch test runs from the ./allywatch script in the repository's root (it installs tools, then runs Maven)");
        return 2;
    }
}
