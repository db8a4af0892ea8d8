package io.allywatch.query.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real headless Chromium driven through chromedriver's W3C WebDriver protocol (plain HTTP and
 * JSON, so no WebDriver library and its dependency tree on the Quarkus test class path).
 * Binaries from the Debian packages {@code chromium} and {@code chromium-driver}; override with
 * {@code -Dchromium.binary=} and {@code -Dchromedriver.binary=}.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START = Duration.ofSeconds(30);

    private final Process driver;
    private final Path profile;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI session;

    HeadlessChromium() throws Exception {
        String chromium = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String chromedriver = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
            throw new IllegalStateException("The browser test needs " + chromium + " and " + chromedriver
                    + ": run ./allywatch test (it installs them), or apt-get install -y chromium chromium-driver");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        profile = Files.createTempDirectory("allywatch-chromium-");
        driver = new ProcessBuilder(chromedriver, "--port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "chromedriver.log").toFile())
                .start();
        URI base = URI.create("http://127.0.0.1:" + port);
        awaitReady(base);
        JsonNode created = call("POST", base.resolve("/session"), Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                "browserName", "chrome",
                "goog:chromeOptions", Map.of("binary", chromium, "args", List.of("--headless", "--no-sandbox",
                        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + profile))))));
        session = base.resolve("/session/" + created.get("sessionId").asText() + "/");
    }

    void open(String url) throws Exception {
        call("POST", session.resolve("url"), Map.of("url", url));
    }

    /** Runs a script in the page (its {@code return} value comes back as JSON). */
    JsonNode script(String js, Object... args) throws Exception {
        return call("POST", session.resolve("execute/sync"), Map.of("script", js, "args", List.of(args)));
    }

    /** Polls a script until it returns true. */
    void await(String what, String js, Duration timeout) throws Exception {
        try {
            Awaitility.await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                    .until(() -> script(js).asBoolean(false));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the page did not show " + what + " within " + timeout + "; body text:\n"
                    + script("return document.body.innerText").asText(), e);
        }
    }

    void screenshot(Path file) throws Exception {
        JsonNode png = call("GET", session.resolve("screenshot"), null);
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(png.asText()));
    }

    private void awaitReady(URI base) {
        try {
            // IOException: chromedriver is still starting
            Awaitility.await("chromedriver").atMost(START).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> call("GET", base.resolve("/status"), null).path("ready").asBoolean());
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("chromedriver not ready after " + START + "; see target/chromedriver.log", e);
        }
    }

    private JsonNode call(String method, URI uri, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode value = JSON.readTree(response.body()).path("value");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("WebDriver " + method + " " + uri + ": " + response.statusCode() + " " + value);
        }
        return value;
    }

    @Override
    public void close() throws Exception {
        try {
            if (session != null) {
                call("DELETE", URI.create(session.toString().replaceFirst("/$", "")), null);
            }
        } finally {
            driver.destroy();
            driver.onExit().get();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
