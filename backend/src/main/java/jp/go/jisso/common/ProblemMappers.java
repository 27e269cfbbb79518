package jp.go.jisso.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into RFC 9457 application/problem+json; nothing leaves as HTML or a stack trace. */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    static Response problem(int status, String code, String title, String detail, UriInfo uri,
                            List<Problem.FieldError> errors, Long currentVersion) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem body = new Problem("about:blank", title, status, detail, instance, code, errors, currentVersion);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    static String title(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        if (status == 428) return "Precondition Required";
        if (status == 422) return "Unprocessable Content";
        return s == null ? "Error" : s.getReasonPhrase();
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return problem(e.status, e.code, title(e.status), e.getMessage(), uri, e.errors, e.currentVersion);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(401, ErrorCodes.UNAUTHENTICATED, title(401),
                        "A valid bearer token for the Jisso API is required.", uri, null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, ErrorCodes.FORBIDDEN, title(403), "Your role does not allow this operation.", uri, null, null);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldPath(v.getPropertyPath().toString()),
                        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName().toUpperCase(),
                        v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return problem(400, ErrorCodes.VALIDATION_FAILED, title(400), "The request has invalid fields.", uri, errors, null);
    }

    /** "update.arg1.title" → "title": the client knows fields, not Java parameter names. */
    static String fieldPath(String path) {
        String[] parts = path.split("\\.");
        int start = parts.length > 2 ? 2 : parts.length - 1;
        return String.join(".", java.util.Arrays.copyOfRange(parts, Math.max(start, 0), parts.length));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return problem(400, ErrorCodes.MALFORMED_BODY, title(400),
                "The request body is not valid JSON for this operation: " + e.getOriginalMessage(), uri, null, null);
    }

    @ServerExceptionMapper
    public Response unparsableJson(JsonParseException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    /** A field of the wrong type or an unknown field: name it, like a validation error. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
        boolean unknown = e instanceof UnrecognizedPropertyException;
        String message = unknown ? "この項目はありません / unknown field" : "型または形式が正しくありません / wrong type or format";
        return problem(400, ErrorCodes.VALIDATION_FAILED, title(400),
                "The request body has an invalid field: " + field + " (" + message + ")", uri,
                List.of(new Problem.FieldError(field, unknown ? "UNKNOWN_FIELD" : "WRONG_TYPE", message)), null);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return problem(412, ErrorCodes.PRECONDITION_FAILED, title(412),
                "Someone else changed this record after you loaded it. Reload and apply your change again.", uri, null, null);
    }

    /** A database rule (unique key, reference) refused the write: a conflict, not a server error. */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c) {
                return problem(409, ErrorCodes.CONFLICT, title(409),
                        "The change conflicts with other records (" + c.getConstraintName() + "); reload and check related records.",
                        uri, null, null);
            }
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(404, ErrorCodes.NOT_FOUND, title(404), "No such resource.", uri, null, null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return problem(405, ErrorCodes.METHOD_NOT_ALLOWED, title(405), "This method is not allowed here.", uri, null, null);
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri) {
        return problem(415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE, title(415), "Send the body as application/json.", uri, null, null);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return problem(406, ErrorCodes.NOT_ACCEPTABLE, title(406), "This resource answers in application/json.", uri, null, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return problem(500, ErrorCodes.INTERNAL_ERROR, title(500), "An unexpected error occurred.", uri, null, null);
        }
        if (status == 400) {
            // the framework could not read the body: say what to check, with the parser's own words when there are some
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof MismatchedInputException m) {
                    return mismatchedJson(m, uri);
                }
                if (t instanceof JsonProcessingException j) {
                    return malformedJson(j, uri);
                }
            }
            return problem(400, ErrorCodes.MALFORMED_BODY, title(400),
                    "The request body could not be read: send UTF-8 JSON that matches the operation's schema"
                            + " (check the syntax, the field types and the size of numbers).", uri, null, null);
        }
        return problem(status, "HTTP_" + status, title(status), e.getMessage(), uri, null, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return problem(500, ErrorCodes.INTERNAL_ERROR, title(500), "An unexpected error occurred.", uri, null, null);
    }
}
