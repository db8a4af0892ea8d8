package io.allywatch.http;

import jakarta.ws.rs.core.Response;
import java.time.Duration;

/**
 * Thrown by resources for a client or availability error that must reach the caller as a problem
 * response. {@code retryAfter}, when set, becomes a Retry-After header.
 */
public class ProblemException extends RuntimeException {
    private final Problem problem;
    private final Duration retryAfter;

    public ProblemException(Response.Status status, String detail) {
        this(Problem.of(status, detail), null, null);
    }

    public ProblemException(Problem problem, Duration retryAfter, Throwable cause) {
        super(problem.detail(), cause);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }

    public Problem problem() {
        return problem;
    }

    public Response toResponse() {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA).entity(problem);
        if (retryAfter != null) {
            builder.header("Retry-After", Math.max(1, retryAfter.toSeconds()));
        }
        return builder.build();
    }
}
