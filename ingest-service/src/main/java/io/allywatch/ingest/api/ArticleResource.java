package io.allywatch.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.allywatch.contract.Article;
import io.allywatch.http.ProblemException;
import io.allywatch.ingest.domain.ArticleIntake;
import io.allywatch.ingest.domain.GroupedIntake;
import io.allywatch.ingest.domain.ReceivedArticles;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    private static final Pattern ARTICLE_ID = Pattern.compile("a-[0-9a-f]{24}");

    private final GroupedIntake intake;
    private final ReceivedArticles articles;
    private final ArticleRequestParser parser;
    private final int maxBodyBytes;

    public ArticleResource(GroupedIntake intake, ReceivedArticles articles, ArticleRequestParser parser,
                           @ConfigProperty(name = "allywatch.ingest.max-body-bytes") int maxBodyBytes) {
        this.intake = intake;
        this.articles = articles;
        this.maxBodyBytes = maxBodyBytes;
        this.parser = parser;
    }

    /** The answer to one article; {@code nearDuplicateOf} only when it repeats an earlier one with small edits. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IngestResult(String articleId, boolean duplicate, String nearDuplicateOf) {
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(summary = "Ingest one article",
            description = "An Article as JSON (only `text` is required), or a text/plain or text/html body. "
                    + "The same text (after Unicode and whitespace normalization) is accepted once; a text "
                    + "that repeats an earlier one with small edits is accepted with `nearDuplicateOf`.")
    @APIResponse(responseCode = "202", description = "Accepted and published to articles.raw")
    @APIResponse(responseCode = "200", description = "The same text was ingested before; nothing published")
    @APIResponse(responseCode = "400", description = "Malformed body, missing or empty text, bad field, an HTML page with no article text")
    @APIResponse(responseCode = "413", description = "Body or text over the configured limit")
    @APIResponse(responseCode = "503", description = "Kafka or the article store unavailable; retry after the Retry-After delay")
    public Response ingest(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                           RoutingContext exchange) {
        Article article = parser.parse(readLimited(BodyStallTimeout.watched(body, exchange)),
                contentType == null ? MediaType.APPLICATION_JSON_TYPE : contentType);
        ArticleIntake.Outcome outcome = intake.accept(article);
        IngestResult result = new IngestResult(outcome.articleId(), outcome.duplicate(), outcome.nearDuplicateOf());
        return (outcome.duplicate() ? Response.ok(result) : Response.accepted(result))
                .location(URI.create("/api/articles/" + outcome.articleId()))
                .build();
    }

    /** The body, read up to the limit: a chunked body without Content-Length is cut off there too. */
    private byte[] readLimited(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) {
                throw new ProblemException(BodySizeLimit.tooLarge("The body has more than " + maxBodyBytes
                        + " bytes; this service takes at most " + maxBodyBytes
                        + " per article (send many articles to /api/articles/batch)."), null, null);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("/{articleId}")
    @Operation(summary = "What was received for an article id")
    @APIResponse(responseCode = "200", description = "The article as published")
    @APIResponse(responseCode = "404", description = "No article with that id was accepted")
    public Article get(@PathParam("articleId") String articleId) {
        if (!ARTICLE_ID.matcher(articleId).matches()) {
            throw ProblemException.badRequest("'" + articleId + "' is not an article id (a- followed by 24 hex digits).");
        }
        return articles.find(articleId)
                .orElseThrow(() -> ProblemException.notFound("No article " + articleId + " was received."));
    }
}
