package io.allywatch.ingest.api;

import io.allywatch.http.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * A body this service would read as it is, compressed or not: one sent with a Content-Encoding
 * (gzip, br, …) is refused with 415 instead of being stored as garbage text.
 */
@Provider
@PreMatching
public class ContentEncodingFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        String encoding = request.getHeaderString(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            request.abortWith(Problem.of(415, "Unsupported Media Type", "Content-Encoding '" + encoding.strip()
                    + "' is not taken: send the body uncompressed (identity).").toResponse());
        }
    }
}
