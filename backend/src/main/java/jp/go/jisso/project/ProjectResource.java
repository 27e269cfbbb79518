package jp.go.jisso.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import jp.go.jisso.audit.History;
import jp.go.jisso.audit.HistoryEntry;
import jp.go.jisso.common.Export;
import jp.go.jisso.common.Today;
import jp.go.jisso.common.Versions;
import jp.go.jisso.project.dto.ProjectInput;
import jp.go.jisso.project.dto.SummaryInput;
import jp.go.jisso.project.dto.TransitionInput;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.PersonAccess;
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

    @Inject
    ProjectService service;

    @Inject
    History history;

    @Inject
    PersonAccess people;

    @Inject
    Today today;

    static final List<String> EXPORT_HEADERS = List.of("ID", "選定年度", "番号", "事業名", "提案団体", "主な活用技術", "状態",
            "実装段階", "支援開始", "支援終了予定", "一部実装目標", "本格実装目標", "進捗判定", "判定理由");

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
    @Path("/export")
    @Produces({Export.CSV, Export.XLSX, MediaType.APPLICATION_JSON})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "exportProjects", summary = "Export the filtered project list as CSV (UTF-8 with BOM) or .xlsx")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = Export.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Export.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @Parameter(description = "csv (default) or xlsx", schema = @Schema(enumeration = {"csv", "xlsx"})) @QueryParam("format") String format,
            @Parameter(description = "Sort field", schema = @Schema(type = SchemaType.STRING, defaultValue = "selectionFy")) @QueryParam("sort") String sort,
            @Parameter(description = "Selection fiscal year", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("fy") String fy,
            @Parameter(description = "Main technology", schema = @Schema(implementation = Technology.class)) @QueryParam("technology") String technology,
            @Parameter(description = "Two-digit prefecture number", schema = @Schema(type = SchemaType.STRING)) @QueryParam("prefecture") String prefecture,
            @Parameter(description = "Project status", schema = @Schema(implementation = ProjectStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Text in the title or an applicant's name", schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @QueryParam("q") String q) {
        Export.Format f = Export.format(format);
        ProjectFilter filter = ProjectFilter.parse(fy, technology, prefecture, status, q);
        SortOrder order = SortOrder.parse(sort, ProjectQueries.SORTABLE, "selectionFy");
        List<List<Object>> rows = queries.find(caller, filter, null, order).stream().map(p -> {
            ProjectHealth health = ProjectHealth.assess(p, today.get());
            return List.<Object>of(p.id, p.selectionFy, p.number, p.title,
                    p.applicants.stream().map(o -> o.nameJa).collect(Collectors.joining("・")),
                    p.technologies.stream().map(t -> t.labelJa).collect(Collectors.joining("・")),
                    p.status.name(), p.implementationStage.name(), p.supportStart.toString(), p.supportPlannedEnd.toString(),
                    ProjectTargets.partialImplementation(p.selectionFy).toString(), ProjectTargets.fullImplementation(p.selectionFy).toString(),
                    health.flag().name(), health.reason());
        }).toList();
        return Export.response(f, "projects", EXPORT_HEADERS, rows);
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProject", summary = "Register a selected project (Cabinet Office)")
    @APIResponse(responseCode = "201", description = "Created, in status SELECTED")
    @APIResponse(responseCode = "409", description = "The selection year already has this number",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ProjectDetail> create(ProjectInput input) {
        Project p = service.create(caller, input);
        return RestResponse.ResponseBuilder.<ProjectDetail>created(URI.create("/api/projects/" + p.id))
                .entity(detail(p)).tag(Versions.etag(p.version)).build();
    }

    @PUT
    @Transactional
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateProject", summary = "Replace a project's registry fields (Cabinet Office; If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", description = "Duplicate number or the implementation stage would go back",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ProjectDetail> update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version being edited", required = true) @HeaderParam("If-Match") String ifMatch,
            ProjectInput input) {
        return withEtag(service.update(caller, id, ifMatch, input));
    }

    @PUT
    @Transactional
    @Path("/{id}/summary")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateProjectSummary", summary = "Edit the project summary (Cabinet Office or the project's local governments; If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated")
    public RestResponse<ProjectDetail> updateSummary(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version being edited", required = true) @HeaderParam("If-Match") String ifMatch,
            SummaryInput input) {
        return withEtag(service.updateSummary(caller, id, ifMatch, input));
    }

    @POST
    @Transactional
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionProject", summary = "Move the project to another status (Cabinet Office; If-Match required)")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; the allowed ones are listed",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ProjectDetail> transition(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version being changed", required = true) @HeaderParam("If-Match") String ifMatch,
            TransitionInput input) {
        return withEtag(service.transition(caller, id, ifMatch, input));
    }

    @POST
    @Transactional
    @Path("/{id}/continuation")
    @Operation(operationId = "approveProjectContinuation", summary = "Approve the two-year continuation of support, once (Cabinet Office; If-Match required)")
    @APIResponse(responseCode = "200", description = "Support extended by two years")
    @APIResponse(responseCode = "409", description = "Not in support, or already continued",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ProjectDetail> continuation(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version being changed", required = true) @HeaderParam("If-Match") String ifMatch) {
        return withEtag(service.approveContinuation(caller, id, ifMatch));
    }

    @DELETE
    @Transactional
    @Path("/{id}")
    @Operation(operationId = "deleteProject", summary = "Delete a project registered by mistake (Cabinet Office; If-Match required)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version being deleted", required = true) @HeaderParam("If-Match") String ifMatch) {
        service.delete(caller, id, ifMatch);
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getProjectHistory", summary = "Change history of a project and its sub-projects and assignments, newest first")
    @APIResponse(responseCode = "200", description = "The history")
    public RestResponse<List<HistoryEntry>> history(@PathParam("id") long id) {
        service.readable(caller, id);
        return RestResponse.ok(history.ofProject(id, people.seesContactDetails(caller)));
    }

    private ProjectDetail detail(Project p) {
        return ProjectMapper.detail(p, queries.activeOfficer(p), today.get());
    }

    private RestResponse<ProjectDetail> withEtag(Project p) {
        return RestResponse.ResponseBuilder.ok(detail(p)).tag(Versions.etag(p.version)).build();
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getProject", summary = "One project, if the caller may see it (404 otherwise, never revealing it exists)")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "404", description = "No such project, or not visible to the caller",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ProjectDetail> get(@PathParam("id") long id) {
        Project p = service.readable(caller, id);
        return withEtag(p);
    }
}
