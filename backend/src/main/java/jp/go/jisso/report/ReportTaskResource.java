package jp.go.jisso.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.Role;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.Export;
import jp.go.jisso.common.PageRequest;
import jp.go.jisso.common.QueryParams;
import jp.go.jisso.report.dto.NotificationView;
import jp.go.jisso.report.dto.SheetPage;
import jp.go.jisso.report.dto.SheetSummary;
import jp.go.jisso.report.dto.TaskPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Deadlines: what each user owes, the programme-wide overdue view, notifications. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Follow-up reports: schedule, sheets, review, reminders")
@RolesAllowed({Role.CAO, Role.SUPPORT_OFFICER, Role.MINISTRY_CONTACT, Role.MINISTRY_MEMBER, Role.LOCAL_GOVERNMENT, Role.COMPANY})
public class ReportTaskResource {

    @Inject
    Caller caller;

    @Inject
    SheetQueries queries;

    @Inject
    ReportAdminService admin;

    @Inject
    ReportClock clock;

    @GET
    @Path("/tasks")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listMyTasks", summary = "Sheets the caller owes (to fill, revise or review), soonest due first")
    @APIResponse(responseCode = "200", description = "A page of tasks")
    public RestResponse<TaskPage> tasks(
            @Parameter(description = "1-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, at most 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        return RestResponse.ok(queries.tasks(caller, PageRequest.of(page, size)));
    }

    @GET
    @Path("/overdue")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listOverdueSheets", summary = "All sheets still owed after their due date (Cabinet Office)")
    @APIResponse(responseCode = "200", description = "A page of overdue sheets")
    public RestResponse<SheetPage> overdue(
            @Parameter(schema = @Schema(implementation = SheetType.class)) @QueryParam("type") String type,
            @Parameter(description = "Sort field: daysOverdue, dueDate, project or type; prefix - for descending", schema = @Schema(type = SchemaType.STRING, defaultValue = "-daysOverdue")) @QueryParam("sort") String sort,
            @Parameter(description = "1-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, at most 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        return RestResponse.ok(queries.overdue(caller, QueryParams.optionalEnum("type", type, SheetType.class),
                PageRequest.of(page, size), SheetQueries.overdueOrderBy(sort)));
    }

    @GET
    @Path("/overdue/export")
    @Produces({Export.CSV, Export.XLSX, MediaType.APPLICATION_JSON})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "exportOverdueSheets", summary = "The overdue list as CSV (UTF-8 with BOM) or .xlsx (Cabinet Office)")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = Export.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Export.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response exportOverdue(
            @Parameter(description = "csv (default) or xlsx", schema = @Schema(enumeration = {"csv", "xlsx"})) @QueryParam("format") String format,
            @Parameter(schema = @Schema(implementation = SheetType.class)) @QueryParam("type") String type,
            @Parameter(description = "Sort field", schema = @Schema(type = SchemaType.STRING, defaultValue = "-daysOverdue")) @QueryParam("sort") String sort) {
        Export.Format f = Export.format(format);
        var t = QueryParams.optionalEnum("type", type, SheetType.class);
        String orderBy = SheetQueries.overdueOrderBy(sort);
        if (!caller.hasRole(Role.CAO)) {
            throw ApiException.forbidden("Only the Cabinet Office secretariat sees the programme-wide overdue list.");
        }
        LocalDate today = clock.today();
        var items = queries.overdueAll(t, orderBy).stream().map(s -> SheetSummary.of(s, today)).toList();
        return Export.response(f, "overdue-sheets", ReportSheetResource.EXPORT_HEADERS, ReportSheetResource.rows(items));
    }

    @GET
    @Path("/notifications")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listMyNotifications", summary = "The caller's latest 50 notifications and the unread count")
    @APIResponse(responseCode = "200", description = "The notifications")
    public RestResponse<NotificationView.Page> notifications() {
        return RestResponse.ok(admin.notifications(caller));
    }

    @POST
    @Path("/notifications/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications as read")
    @APIResponse(responseCode = "200", description = "The notification")
    public RestResponse<NotificationView> markRead(@PathParam("id") long id) {
        return RestResponse.ok(admin.markRead(caller, id));
    }
}
