package io.allywatch.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Writes ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under {@code /api/}) need
 * {@code Authorization: Bearer <key>} with one of the configured keys; reads stay open. With no
 * key configured, writes are refused rather than left open.
 */
public class ApiKeyFilter {
    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String BEARER = "Bearer ";

    private final List<String> keys;

    public ApiKeyFilter(@ConfigProperty(name = "allywatch.api-keys") Optional<List<String>> keys) {
        this.keys = keys.orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> checkWrite(ContainerRequestContext request) {
        if (!WRITE_METHODS.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        return check(request.getHeaderString(HttpHeaders.AUTHORIZATION)).map(Problem::toResponse);
    }

    /** The problem to answer for this Authorization header, or empty when the key is accepted. */
    Optional<Problem> check(String authorization) {
        if (keys.isEmpty()) {
            return Optional.of(Problem.of(Response.Status.FORBIDDEN,
                    "Writes are disabled: no API key is configured on this service (set ALLYWATCH_API_KEYS)."));
        }
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return Optional.of(Problem.of(Response.Status.UNAUTHORIZED,
                    "Writes need an 'Authorization: Bearer <key>' header; ./allywatch keeps the local key in .allywatch/api-key."));
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison, so response timing does not leak how much of a key matched.
        boolean accepted = keys.stream().anyMatch(k -> MessageDigest.isEqual(k.getBytes(StandardCharsets.UTF_8), given));
        return accepted ? Optional.empty()
                : Optional.of(Problem.of(Response.Status.FORBIDDEN, "The API key is not valid for this service."));
    }
}
