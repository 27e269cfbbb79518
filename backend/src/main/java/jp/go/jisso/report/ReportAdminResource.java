package jp.go.jisso.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.Role;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.QueryParams;
import jp.go.jisso.common.Versions;
import jp.go.jisso.report.calendar.JapaneseHolidays;
import jp.go.jisso.report.dto.GenerationInput;
import jp.go.jisso.report.dto.GenerationResult;
import jp.go.jisso.report.dto.HolidayView;
import jp.go.jisso.report.dto.ReminderRunInput;
import jp.go.jisso.report.dto.ReminderRunResult;
import jp.go.jisso.report.dto.ScheduleInput;
import jp.go.jisso.report.dto.ScheduleView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The reporting schedule, sheet generation and reminder runs (Cabinet Office), and the holiday calendar. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Follow-up reports: schedule, sheets, review, reminders")
@RolesAllowed({Role.CAO, Role.SUPPORT_OFFICER, Role.MINISTRY_CONTACT, Role.MINISTRY_MEMBER, Role.LOCAL_GOVERNMENT, Role.COMPANY})
public class ReportAdminResource {

    @Inject
    Caller caller;

    @Inject
    ScheduleService schedules;

    @Inject
    ReportAdminService admin;

    @GET
    @Path("/schedules")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listReportSchedules", summary = "The reporting schedule of every sheet type (Cabinet Office)")
    @APIResponse(responseCode = "200", description = "One schedule per sheet type")
    public RestResponse<List<ScheduleView>> listSchedules() {
        return RestResponse.ok(schedules.all(caller).stream().map(schedules::view).toList());
    }

    @GET
    @Path("/schedules/{type}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getReportSchedule", summary = "The schedule of one sheet type, with its version as ETag (Cabinet Office)")
    @APIResponse(responseCode = "200", description = "The schedule")
    public RestResponse<ScheduleView> getSchedule(
            @Parameter(schema = @Schema(implementation = SheetType.class)) @PathParam("type") String type) {
        ReportSchedule s = schedules.get(caller, sheetType(type));
        return RestResponse.ResponseBuilder.ok(schedules.view(s)).tag(Versions.etag(s.version)).build();
    }

    @PUT
    @Path("/schedules/{type}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReportSchedule", summary = "Set the cadence and due rule of a sheet type (Cabinet Office; If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated; sheets already opened keep their due dates")
    public RestResponse<ScheduleView> updateSchedule(
            @Parameter(schema = @Schema(implementation = SheetType.class)) @PathParam("type") String type,
            @Parameter(description = "The ETag of the version being edited", required = true) @HeaderParam("If-Match") String ifMatch,
            ScheduleInput input) {
        ReportSchedule s = schedules.update(caller, sheetType(type), ifMatch, input);
        return RestResponse.ResponseBuilder.ok(schedules.view(s)).tag(Versions.etag(s.version)).build();
    }

    @POST
    @Path("/generation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "generateSheets", summary = "Open the sheets of every period that has opened by a date (Cabinet Office; idempotent)")
    @APIResponse(responseCode = "200", description = "How many sheets were opened")
    public RestResponse<GenerationResult> generate(GenerationInput input) {
        return RestResponse.ok(admin.generate(caller, input));
    }

    @POST
    @Path("/reminders/run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "runReminders", summary = "Send the reminders due on a day (Cabinet Office; each reminder at most once)")
    @APIResponse(responseCode = "200", description = "How many reminders were sent")
    public RestResponse<ReminderRunResult> remind(ReminderRunInput input) {
        return RestResponse.ok(admin.remind(caller, input));
    }

    @GET
    @Path("/holidays")
    @Operation(operationId = "listHolidays", summary = "Japanese public holidays of a year (computed from the Act on National Holidays)")
    @APIResponse(responseCode = "200", description = "The holidays in date order")
    public RestResponse<List<HolidayView>> holidays(
            @Parameter(description = "Calendar year", required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "1980", maximum = "2099")) @QueryParam("year") String year) {
        int y = QueryParams.optionalInt("year", year, 1980, 2099)
                .orElseThrow(() -> ApiException.invalidParameter("year", "REQUIRED", "the calendar year is required"));
        return RestResponse.ok(JapaneseHolidays.of(y).entrySet().stream().map(e -> new HolidayView(e.getKey(), e.getValue())).toList());
    }

    static SheetType sheetType(String raw) {
        try {
            return SheetType.valueOf(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.notFound("Sheet type " + raw);
        }
    }
}
