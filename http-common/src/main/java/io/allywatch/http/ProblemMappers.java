package io.allywatch.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error a service raises into {@code application/problem+json}. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.toResponse();
    }

    /** 404, 405, 406, 415 and the like raised by the framework itself. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "No such resource. See /q/openapi for the paths this service serves.";
            case 405 -> "This path does not take that HTTP method. See /q/openapi.";
            case 406 -> "This service answers with application/json only.";
            case 415 -> "Unsupported Content-Type. See /q/openapi for the media types each path takes.";
            default -> e.getMessage();
        };
        Response.StatusType type = e.getResponse().getStatusInfo();
        return Problem.of(status, type.getReasonPhrase(), detail).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected error while serving a request", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "The service failed unexpectedly; the error is in its log.").toResponse();
    }
}
