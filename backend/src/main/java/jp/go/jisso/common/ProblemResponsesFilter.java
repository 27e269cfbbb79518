package jp.go.jisso.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers every API operation can give, so each resource does not
 * repeat them: 401/403/500 everywhere, 400 with parameters or a body, 404 with a path id,
 * 412/428 on versioned writes, 415 on bodies.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                addProblems(path, entry.getKey(), entry.getValue());
            }
        });
    }

    private void addProblems(String path, PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses();
        boolean hasParams = op.getParameters() != null && !op.getParameters().isEmpty();
        boolean hasBody = op.getRequestBody() != null;
        if (hasParams || hasBody) {
            add(responses, "400", "Invalid parameter or body (errors[] names each field)");
        }
        add(responses, "401", "Missing, expired or invalid token");
        add(responses, "403", "The caller's role does not allow this operation");
        if (path.contains("{")) {
            add(responses, "404", "No such record, or not visible to the caller");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE) {
            add(responses, "412", "If-Match does not match the current version (currentVersion in the body)");
            add(responses, "428", "If-Match header is required");
        }
        if (hasBody) {
            add(responses, "415", "The body must be application/json");
        }
        add(responses, "500", "Unexpected error");
    }

    private void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(ProblemMappers.PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
    }
}
