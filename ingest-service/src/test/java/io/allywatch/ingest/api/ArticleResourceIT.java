package io.allywatch.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.allywatch.ingest.messaging.TopicUpToMarker;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.ContractJson;
import io.allywatch.contract.EventSchemas;
import io.allywatch.ingest.messaging.PublishedRecords;
import io.allywatch.kafka.KafkaBrokerTestResource;
import io.allywatch.kafka.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class ArticleResourceIT {
    private static final String AUTH = "Bearer test-key";

    @TestHTTPResource("/api/articles")
    URI articlesUri;

    private static String unique(String text) {
        return text + " [" + UUID.randomUUID() + "]";
    }

    /** The article's records on articles.raw, all of them: read up to a marker published after it. */
    private List<ConsumerRecord<String, String>> recordsFor(String articleId) {
        return TopicUpToMarker.read(KafkaBrokerTestResource.bootstrapServers()).stream()
                .filter(r -> articleId.equals(r.key()))
                .toList();
    }

    @Test
    void acceptedArticleIsPublishedOnceAsACloudEventAndReadableBack() throws Exception {
        String text = unique("US President Donald Trump intends to designate Peru as a major non-NATO ally.");
        String id = given().header("Authorization", AUTH).contentType(ContentType.JSON)
                .body("{\"text\":" + ContractJson.mapper().writeValueAsString(text)
                        + ",\"title\":\"Peru\",\"publishedAt\":\"2025-12-12T00:00:00Z\"}")
                .when().post("/api/articles")
                .then().statusCode(202)
                .body("duplicate", equalTo(false))
                .body("articleId", matchesPattern("a-[0-9a-f]{24}"))
                .extract().path("articleId");
        assertThat(id).isEqualTo(ArticleIds.forText(text));

        List<ConsumerRecord<String, String>> records = recordsFor(id);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("io.allywatch.article.v1");
        assertThat(TopicReader.header(record, "ce_id")).isEqualTo(id);
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("urn:allywatch:ingest-service");
        assertThat(TopicReader.header(record, "ce_time")).isNotBlank();
        assertThat(TopicReader.header(record, "content-type")).isEqualTo("application/json");
        PublishedRecords.assertCloudEvent(record, null);
        JsonNode value = ContractJson.mapper().readTree(record.value());
        assertThat(EventSchemas.validateArticle(value)).isEmpty();
        assertThat(value.get("text").asText()).isEqualTo(text);
        assertThat(value.get("publishedAt").asText()).isEqualTo("2025-12-12T00:00:00Z");

        given().when().get("/api/articles/" + id)
                .then().statusCode(200).body("title", equalTo("Peru")).body("text", equalTo(text));
    }

    @Test
    void sameTextAgainIsReportedAsDuplicateAndNotPublishedTwice() {
        String text = unique("Colombia will be designated.");
        String id = given().header("Authorization", AUTH).contentType(ContentType.TEXT).body(text)
                .when().post("/api/articles").then().statusCode(202).extract().path("articleId");

        given().header("Authorization", AUTH).contentType(ContentType.TEXT).body("  " + text.replace(" ", "\n ") + "\n")
                .when().post("/api/articles")
                .then().statusCode(200).body("duplicate", equalTo(true)).body("articleId", equalTo(id));

        assertThat(recordsFor(id)).hasSize(1);
    }

    @Test
    void htmlPageIsReducedToItsArticle() {
        String marker = UUID.randomUUID().toString();
        String id = given().header("Authorization", AUTH).contentType("text/html; charset=UTF-8")
                .body("<html><head><title>Ally " + marker + "</title></head><body><nav>Menu</nav>"
                        + "<p>Brazil gained the status in 2019.</p><script>track()</script></body></html>")
                .when().post("/api/articles").then().statusCode(202).extract().path("articleId");
        given().when().get("/api/articles/" + id).then().statusCode(200)
                .body("title", equalTo("Ally " + marker))
                .body("text", equalTo("Brazil gained the status in 2019."));
    }

    @Test
    void badBodiesGetProblemJsonAndPublishNothing() {
        given().header("Authorization", AUTH).contentType(ContentType.JSON).body("{\"text\": ")
                .when().post("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not valid JSON"));
        given().header("Authorization", AUTH).contentType(ContentType.JSON).body("[]")
                .when().post("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("JSON object"));
        given().header("Authorization", AUTH).contentType(ContentType.JSON).body("{\"text\":\"\"}")
                .when().post("/api/articles").then().statusCode(400).body("status", equalTo(400));
        given().header("Authorization", AUTH).contentType("text/plain; charset=UTF-8")
                .body(new byte[] {'P', (byte) 0xFF, (byte) 0xFE})
                .when().post("/api/articles").then().statusCode(400).body("detail", containsString("UTF-8"));
        given().header("Authorization", AUTH).contentType("application/xml").body("<a/>")
                .when().post("/api/articles").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void compressedBodiesInvisibleTextAndNonWebUrlsAreClientErrors() {
        for (String path : new String[] {"/api/articles", "/api/articles/batch"}) {
            given().header("Authorization", AUTH).header("Content-Encoding", "gzip").contentType(ContentType.JSON)
                    .body(new byte[] {0x1f, (byte) 0x8b, 8, 0}).when().post(path).then().statusCode(415)
                    .contentType("application/problem+json").body("detail", containsString("Content-Encoding 'gzip'"));
        }
        given().header("Authorization", AUTH).contentType("text/plain; charset=UTF-8").body("\u00a0\u200b\ufeff")
                .when().post("/api/articles").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", AUTH).contentType(ContentType.JSON)
                .body("{\"text\":\"Peru news.\",\"url\":\"javascript:alert(1)\"}")
                .when().post("/api/articles").then().statusCode(400).body("detail", containsString("http or https URL"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        given().get("/q/health/ready").then().header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY")).header("Content-Security-Policy", containsString("default-src"));
        given().header("Authorization", AUTH).contentType("application/xml").body("<a/>").when().post("/api/articles")
                .then().statusCode(415).header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void htmlPageWithoutAnArticleIs400AndPublishesNothing() {
        String marker = UUID.randomUUID().toString();
        given().header("Authorization", AUTH).contentType("text/html; charset=UTF-8")
                .body("<html><head><title>Index " + marker + "</title><script>track()</script></head>"
                        + "<body><nav><a href=\"/\">Home</a></nav><form><input name=q></form></body></html>")
                .when().post("/api/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("The HTML page has no article text"))
                .body("detail", containsString(marker));
    }

    @Test
    void publishedAtInTheFutureOrUnparseableIs400WithTheValue() {
        given().header("Authorization", AUTH).contentType(ContentType.JSON)
                .body("{\"text\":\"Peru, from the future.\",\"publishedAt\":\"2099-01-01T00:00:00Z\"}")
                .when().post("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("is in the future"));
        given().header("Authorization", AUTH).contentType(ContentType.JSON)
                .body("{\"text\":\"Peru, some day.\",\"publishedAt\":\"next Tuesday\"}")
                .when().post("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'next Tuesday'"));
    }

    /** 50 MB sent chunked, without Content-Length: cut off at the limit while read, never held whole. */
    @Test
    void fiftyMegabytesWithoutContentLengthIs413() throws Exception {
        long size = 50L * 1024 * 1024;
        InputStream fifty = new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(articlesUri)
                .header("Authorization", AUTH)
                .header("Content-Type", "text/plain")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> fifty))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(request.bodyPublisher().orElseThrow().contentLength()).as("sent chunked").isNegative();
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("at most 5242880");
    }

    @Test
    void bodyOverTheLimitIs413WithTheLimitInTheMessage() {
        byte[] big = "x".repeat(6 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
        given().header("Authorization", AUTH).contentType(ContentType.TEXT).body(big)
                .when().post("/api/articles").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("at most"));
    }

    @Test
    void writesNeedTheKeyReadsDoNot() {
        given().contentType(ContentType.TEXT).body("Peru.")
                .when().post("/api/articles").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer wrong").contentType(ContentType.TEXT).body("Peru.")
                .when().post("/api/articles").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/articles/a-000000000000000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/articles/not-an-id").then().statusCode(400);
    }

    @Test
    void healthOpenApiAndMetricsAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/articles"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("allywatch_articles_ingested"));
    }
}
