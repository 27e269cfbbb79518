package jp.go.jisso.common;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body must come in a media type the operation declares (@Consumes): a form post or XML
 * sent to a JSON operation is a 415 problem, never read as something else.
 */
public class ContentTypeFilter {

    @ServerRequestFilter
    public Response requireDeclaredMediaType(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.hasEntity() && request.getMediaType() == null) {
            return null;
        }
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        if (consumes == null) {
            return null;
        }
        MediaType sent = request.getMediaType();
        boolean accepted = sent != null && Arrays.stream(consumes.value()).map(MediaType::valueOf)
                .anyMatch(m -> m.isCompatible(sent));
        if (accepted) {
            return null;
        }
        return ProblemMappers.problem(415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE, ProblemMappers.title(415),
                "This operation takes " + String.join(" or ", consumes.value()) + "; the request was "
                        + (sent == null ? "sent without a Content-Type" : sent.toString()) + ".",
                request.getUriInfo(), null, null);
    }
}
