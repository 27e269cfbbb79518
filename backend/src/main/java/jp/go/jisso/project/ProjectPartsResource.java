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
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.Role;
import jp.go.jisso.common.Versions;
import jp.go.jisso.project.dto.AssignmentInput;
import jp.go.jisso.project.dto.AssignmentView;
import jp.go.jisso.project.dto.EndAssignmentInput;
import jp.go.jisso.project.dto.SubProjectInput;
import jp.go.jisso.project.dto.SubProjectView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The parts of a project: sub-projects (事業a, b, …) and the people and organisations attached to it. */
@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
@RolesAllowed({Role.CAO, Role.SUPPORT_OFFICER, Role.MINISTRY_CONTACT, Role.MINISTRY_MEMBER, Role.LOCAL_GOVERNMENT, Role.COMPANY})
public class ProjectPartsResource {

    @Inject
    Caller caller;

    @Inject
    SubProjectService subProjects;

    @Inject
    AssignmentService assignments;

    @GET
    @Path("/sub-projects/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getSubProject", summary = "One sub-project, with its version as ETag")
    @APIResponse(responseCode = "200", description = "The sub-project")
    public RestResponse<SubProjectView> getSubProject(@PathParam("projectId") long projectId, @PathParam("id") long id) {
        SubProject s = subProjects.get(caller, projectId, id);
        return RestResponse.ResponseBuilder.ok(ProjectMapper.subProject(s)).tag(Versions.etag(s.version)).build();
    }

    @POST
    @Transactional
    @Path("/sub-projects")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubProject", summary = "Add a sub-project (Cabinet Office)")
    @APIResponse(responseCode = "201", description = "Created")
    public RestResponse<SubProjectView> createSubProject(@PathParam("projectId") long projectId, SubProjectInput input) {
        SubProject s = subProjects.create(caller, projectId, input);
        return RestResponse.ResponseBuilder.<SubProjectView>created(URI.create("/api/projects/" + projectId + "/sub-projects/" + s.id))
                .entity(ProjectMapper.subProject(s)).tag(Versions.etag(s.version)).build();
    }

    @PUT
    @Transactional
    @Path("/sub-projects/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateSubProject", summary = "Replace a sub-project (Cabinet Office; If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated")
    public RestResponse<SubProjectView> updateSubProject(@PathParam("projectId") long projectId, @PathParam("id") long id,
            @Parameter(description = "The ETag of the version being edited", required = true) @HeaderParam("If-Match") String ifMatch,
            SubProjectInput input) {
        SubProject s = subProjects.update(caller, projectId, id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(ProjectMapper.subProject(s)).tag(Versions.etag(s.version)).build();
    }

    @DELETE
    @Transactional
    @Path("/sub-projects/{id}")
    @Operation(operationId = "deleteSubProject", summary = "Remove a sub-project (Cabinet Office; If-Match required)")
    @APIResponse(responseCode = "204", description = "Removed")
    public RestResponse<Void> deleteSubProject(@PathParam("projectId") long projectId, @PathParam("id") long id,
            @Parameter(description = "The ETag of the version being deleted", required = true) @HeaderParam("If-Match") String ifMatch) {
        subProjects.delete(caller, projectId, id, ifMatch);
        return RestResponse.noContent();
    }

    @GET
    @Path("/assignments")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listAssignments", summary = "Everyone attached to the project, active and past (contact e-mails hidden from companies)")
    @APIResponse(responseCode = "200", description = "The assignments")
    public RestResponse<List<AssignmentView>> listAssignments(@PathParam("projectId") long projectId) {
        return RestResponse.ok(assignments.list(caller, projectId));
    }

    @POST
    @Transactional
    @Path("/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAssignment", summary = "Attach a person or organisation; SUPPORT_OFFICER replaces the active officer in one step (Cabinet Office; a local government for its own secretariat contact)")
    @APIResponse(responseCode = "201", description = "Created")
    public RestResponse<AssignmentView> createAssignment(@PathParam("projectId") long projectId, AssignmentInput input) {
        ProjectAssignment a = assignments.assign(caller, projectId, input);
        return RestResponse.ResponseBuilder.<AssignmentView>created(URI.create("/api/projects/" + projectId + "/assignments"))
                .entity(AssignmentService.view(a, true)).build();
    }

    @POST
    @Transactional
    @Path("/assignments/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endAssignment", summary = "End an assignment on a date; it stays in the history")
    @APIResponse(responseCode = "200", description = "Ended")
    public RestResponse<AssignmentView> endAssignment(@PathParam("projectId") long projectId, @PathParam("id") long id,
            EndAssignmentInput input) {
        return RestResponse.ok(AssignmentService.view(assignments.end(caller, projectId, id, input), true));
    }
}
