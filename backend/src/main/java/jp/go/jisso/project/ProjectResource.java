package jp.go.jisso.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.Role;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.PageRequest;
import jp.go.jisso.common.Problem;
import jp.go.jisso.common.ProblemMappers;
import jp.go.jisso.common.SortOrder;
import jp.go.jisso.project.dto.ProjectDetail;
import jp.go.jisso.project.dto.ProjectPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects", description = "選定事業: the selected projects")
@RolesAllowed({Role.CAO, Role.SUPPORT_OFFICER, Role.MINISTRY_CONTACT, Role.MINISTRY_MEMBER, Role.LOCAL_GOVERNMENT, Role.COMPANY})
public class ProjectResource {

    @Inject
    Caller caller;

    @Inject
    ProjectQueries queries;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listProjects", summary = "List the projects visible to the caller, paged, filtered and sorted")
    @APIResponse(responseCode = "200", description = "A page of projects")
    public RestResponse<ProjectPage> list(
            @Parameter(description = "1-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, at most 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Parameter(description = "Sort field: selectionFy, number, title or status; prefix - for descending", schema = @Schema(type = SchemaType.STRING, defaultValue = "selectionFy")) @QueryParam("sort") String sort,
            @Parameter(description = "Selection fiscal year (2018..2100)", schema = @Schema(type = SchemaType.INTEGER, minimum = "2018", maximum = "2100")) @QueryParam("fy") String fy,
            @Parameter(description = "Main technology", schema = @Schema(implementation = Technology.class)) @QueryParam("technology") String technology,
            @Parameter(description = "Two-digit prefecture number of an applicant (01..47)", schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{2}$")) @QueryParam("prefecture") String prefecture,
            @Parameter(description = "Project status", schema = @Schema(implementation = ProjectStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Text in the title or an applicant's name", schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @QueryParam("q") String q) {
        ProjectFilter filter = ProjectFilter.parse(fy, technology, prefecture, status, q);
        PageRequest pageRequest = PageRequest.of(page, size);
        SortOrder order = SortOrder.parse(sort, ProjectQueries.SORTABLE, "selectionFy");
        return RestResponse.ok(queries.list(caller, filter, pageRequest, order));
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getProject", summary = "One project, if the caller may see it (404 otherwise, never revealing it exists)")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "404", description = "No such project, or not visible to the caller",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ProjectDetail> get(@PathParam("id") long id) {
        return queries.detail(caller, id)
                .map(RestResponse::ok)
                .orElseThrow(() -> ApiException.notFound("Project " + id));
    }
}
