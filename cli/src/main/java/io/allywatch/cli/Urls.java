package io.allywatch.cli;

import java.io.PrintStream;

/** Where a person can look once the stack is up. */
final class Urls {
    private Urls() {
    }

    static void print(LocalStack stack, PrintStream out) {
        String query = stack.url("query-service").toString();
        String ingest = stack.url("ingest-service").toString();
        out.println();
        out.println("AllyWatch is up:");
        out.println("  designations   " + query + "/api/designations");
        out.println("  one country    " + query + "/api/designations/PER");
        out.println("  query API      " + query + "/q/swagger-ui");
        out.println("  ingest API     " + ingest + "/q/swagger-ui   (writes need: Authorization: Bearer $(cat "
                + stack.layout().apiKeyFile() + "))");
        out.println("  extract health " + stack.url("extract-service") + "/q/health");
        out.println("  Kafka          " + stack.bootstrapServers() + "   e.g. kcat -b " + stack.bootstrapServers()
                + " -C -t events.alliance -f '%h %s\\n'");
        out.println("  logs           " + stack.layout().logs());
    }
}
