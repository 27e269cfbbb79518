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
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.Role;
import jp.go.jisso.audit.HistoryEntry;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.Export;
import jp.go.jisso.common.PageRequest;
import jp.go.jisso.common.QueryParams;
import jp.go.jisso.common.SortOrder;
import jp.go.jisso.common.Versions;
import jp.go.jisso.report.content.SheetContent;
import jp.go.jisso.report.dto.AcceptInput;
import jp.go.jisso.report.dto.CommentInput;
import jp.go.jisso.report.dto.FollowUpInput;
import jp.go.jisso.report.dto.ReturnInput;
import jp.go.jisso.report.dto.ReviewView;
import jp.go.jisso.report.dto.RevisionComparison;
import jp.go.jisso.report.dto.RevisionSummary;
import jp.go.jisso.report.dto.RevisionView;
import jp.go.jisso.report.dto.SheetPage;
import jp.go.jisso.report.dto.SheetSummary;
import jp.go.jisso.report.dto.SheetView;
import jp.go.jisso.report.dto.SubmitInput;
import jp.go.jisso.report.excel.SheetWorkbook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Sheets: read, fill, submit, review, revisions, issue follow-ups, Excel round trip. */
@Path("/api/reports/sheets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Follow-up reports: schedule, sheets, review, reminders")
@RolesAllowed({Role.CAO, Role.SUPPORT_OFFICER, Role.MINISTRY_CONTACT, Role.MINISTRY_MEMBER, Role.LOCAL_GOVERNMENT, Role.COMPANY})
public class ReportSheetResource {

    static final List<String> EXPORT_HEADERS = List.of("ID", "事業", "様式", "期間", "提出期限", "状態", "版", "超過日数", "乖離", "重複計上");

    @Inject
    Caller caller;

    @Inject
    SheetQueries queries;

    @Inject
    SheetService service;

    @Inject
    SheetViews views;

    @Inject
    SheetContents contents;

    @Inject
    SheetWorkbook workbook;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listSheets", summary = "Sheets visible to the caller, paged, filtered and sorted")
    @APIResponse(responseCode = "200", description = "A page of sheets")
    public RestResponse<SheetPage> list(
            @Parameter(description = "Project id", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("projectId") String projectId,
            @Parameter(schema = @Schema(implementation = SheetType.class)) @QueryParam("type") String type,
            @Parameter(schema = @Schema(implementation = SheetStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Period key: 2026-07 or FY2026", schema = @Schema(type = SchemaType.STRING, maxLength = 16)) @QueryParam("period") String period,
            @Parameter(description = "Only sheets with (true) or without (false) a divergence or duplicate-funding flag", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("flagged") String flagged,
            @Parameter(description = "Sort field: dueDate, period, type, status or project; prefix - for descending", schema = @Schema(type = SchemaType.STRING, defaultValue = "-period")) @QueryParam("sort") String sort,
            @Parameter(description = "1-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, at most 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        return RestResponse.ok(queries.list(caller, filter(projectId, type, status, period, flagged), PageRequest.of(page, size),
                SortOrder.parse(sort, SheetQueries.SORTABLE, "-period")));
    }

    @GET
    @Path("/export")
    @Produces({Export.CSV, Export.XLSX, MediaType.APPLICATION_JSON})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "exportSheets", summary = "Export the filtered sheet list as CSV (UTF-8 with BOM) or .xlsx")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = Export.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Export.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @Parameter(description = "csv (default) or xlsx", schema = @Schema(enumeration = {"csv", "xlsx"})) @QueryParam("format") String format,
            @Parameter(description = "Project id", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("projectId") String projectId,
            @Parameter(schema = @Schema(implementation = SheetType.class)) @QueryParam("type") String type,
            @Parameter(schema = @Schema(implementation = SheetStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Period key", schema = @Schema(type = SchemaType.STRING, maxLength = 16)) @QueryParam("period") String period) {
        Export.Format f = Export.format(format);
        SheetPage all = queries.list(caller, filter(projectId, type, status, period, null), new PageRequest(1, 10_000),
                SortOrder.parse("-period", SheetQueries.SORTABLE, "-period"));
        return Export.response(f, "sheets", EXPORT_HEADERS, rows(all.items()));
    }

    static List<List<Object>> rows(List<SheetSummary> items) {
        List<List<Object>> rows = new ArrayList<>();
        for (SheetSummary s : items) {
            List<Object> row = new ArrayList<>();
            row.add(s.id());
            row.add(s.project().selectionFy() + "-" + s.project().number() + " " + s.project().title());
            row.add(s.typeLabel());
            row.add(s.periodLabel());
            row.add(s.dueDate().toString());
            row.add(s.statusLabel());
            row.add(s.currentRevision());
            row.add(s.daysOverdue());
            row.add(s.divergent() ? "あり" : "");
            row.add(s.duplicateFunding() ? "あり" : "");
            rows.add(row);
        }
        return rows;
    }

    static SheetQueries.Filter filter(String projectId, String type, String status, String period, String flagged) {
        Optional<Long> project = QueryParams.optionalInt("projectId", projectId, 1, Integer.MAX_VALUE).map(Integer::longValue);
        Optional<String> p = QueryParams.optionalText("period", period, 16);
        p.ifPresent(k -> {
            if (Period.parse(k).isEmpty()) {
                throw ApiException.invalidParameter("period", "FORMAT", "'" + k + "' is not a period (2026-07 or FY2026)");
            }
        });
        Optional<Boolean> f = Optional.empty();
        if (flagged != null && !flagged.isBlank()) {
            if (!flagged.equals("true") && !flagged.equals("false")) {
                throw ApiException.invalidParameter("flagged", "FORMAT", "true or false");
            }
            f = Optional.of(Boolean.parseBoolean(flagged));
        }
        return new SheetQueries.Filter(project, QueryParams.optionalEnum("type", type, SheetType.class),
                QueryParams.optionalEnum("status", status, SheetStatus.class), p, f);
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getSheet", summary = "One sheet with its content, flags and the caller's possible actions; ETag = version")
    @APIResponse(responseCode = "200", description = "The sheet")
    public RestResponse<SheetView> get(@PathParam("id") long id) {
        ReportSheet s = queries.require(caller, id);
        return ok(s);
    }

    private RestResponse<SheetView> ok(ReportSheet s) {
        return RestResponse.ResponseBuilder.ok(views.of(caller, s)).tag(Versions.etag(s.version)).build();
    }

    @PUT
    @Path("/{id}/content")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveSheetContent", summary = "Save the content as a draft (the sheet's writer; If-Match required)")
    @APIResponse(responseCode = "200", description = "Saved; a not-started sheet becomes a draft")
    public RestResponse<SheetView> save(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version being edited", required = true) @HeaderParam("If-Match") String ifMatch,
            SheetContent content) {
        return ok(service.saveContent(caller, id, ifMatch, content));
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitSheet", summary = "Submit (or resubmit) the sheet: freezes a revision (the sheet's writer; If-Match required)")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "409", description = "Not possible in the sheet's state; errors[] lists the possible actions")
    public RestResponse<SheetView> submit(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version being submitted", required = true) @HeaderParam("If-Match") String ifMatch,
            SubmitInput input) {
        return ok(service.submit(caller, id, ifMatch, input));
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnSheet", summary = "Return a submitted sheet with comments per section (Cabinet Office; If-Match required)")
    @APIResponse(responseCode = "200", description = "Returned")
    @APIResponse(responseCode = "409", description = "Not possible in the sheet's state; errors[] lists the possible actions")
    public RestResponse<SheetView> returnSheet(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version being reviewed", required = true) @HeaderParam("If-Match") String ifMatch,
            ReturnInput input) {
        return ok(service.returnSheet(caller, id, ifMatch, input));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptSheet", summary = "Accept a submitted sheet (Cabinet Office; If-Match required)")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "409", description = "Not possible in the sheet's state; errors[] lists the possible actions")
    public RestResponse<SheetView> accept(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version being reviewed", required = true) @HeaderParam("If-Match") String ifMatch,
            AcceptInput input) {
        return ok(service.accept(caller, id, ifMatch, input));
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "commentOnSheet", summary = "A review comment on a section (Cabinet Office; the active officer on progress sheets)")
    @APIResponse(responseCode = "201", description = "Recorded")
    public RestResponse<ReviewView> comment(@PathParam("id") long id, CommentInput input) {
        return RestResponse.status(RestResponse.Status.CREATED, ReviewView.of(service.comment(caller, id, input)));
    }

    @GET
    @Path("/{id}/reviews")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listSheetReviews", summary = "Returns, acceptances and comments of a sheet, oldest first")
    @APIResponse(responseCode = "200", description = "The reviews")
    public RestResponse<List<ReviewView>> reviews(@PathParam("id") long id) {
        return RestResponse.ok(queries.reviews(queries.require(caller, id)).stream().map(ReviewView::of).toList());
    }

    @GET
    @Path("/{id}/revisions")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listSheetRevisions", summary = "The submitted revisions of a sheet, oldest first")
    @APIResponse(responseCode = "200", description = "The revisions")
    public RestResponse<List<RevisionSummary>> revisions(@PathParam("id") long id) {
        return RestResponse.ok(queries.revisions(queries.require(caller, id)).stream().map(RevisionSummary::of).toList());
    }

    @GET
    @Path("/{id}/revisions/{number}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getSheetRevision", summary = "One submitted revision with its frozen content")
    @APIResponse(responseCode = "200", description = "The revision")
    public RestResponse<RevisionView> revision(@PathParam("id") long id, @PathParam("number") int number) {
        ReportSheet s = queries.require(caller, id);
        ReportRevision r = queries.revision(s, number).orElseThrow(() -> ApiException.notFound("Revision " + number + " of sheet " + id));
        return RestResponse.ok(new RevisionView(RevisionSummary.of(r), contents.wrapStored(s.type, r.content)));
    }

    @GET
    @Path("/{id}/revisions/compare")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "compareSheetRevisions", summary = "Field-by-field differences between two revisions")
    @APIResponse(responseCode = "200", description = "The differences")
    public RestResponse<RevisionComparison> compare(@PathParam("id") long id,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("from") String from,
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("to") String to) {
        int a = QueryParams.optionalInt("from", from, 1, 100_000).orElseThrow(() -> ApiException.invalidParameter("from", "REQUIRED", "a revision number"));
        int b = QueryParams.optionalInt("to", to, 1, 100_000).orElseThrow(() -> ApiException.invalidParameter("to", "REQUIRED", "a revision number"));
        ReportSheet s = queries.require(caller, id);
        ReportRevision ra = queries.revision(s, a).orElseThrow(() -> ApiException.notFound("Revision " + a + " of sheet " + id));
        ReportRevision rb = queries.revision(s, b).orElseThrow(() -> ApiException.notFound("Revision " + b + " of sheet " + id));
        Map<String, String> before = contents.flatten(s.type, ra.content);
        Map<String, String> after = contents.flatten(s.type, rb.content);
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<RevisionComparison.FieldDifference> diffs = new ArrayList<>();
        for (String path : paths) {
            String x = before.get(path);
            String y = after.get(path);
            if (!java.util.Objects.equals(x, y)) {
                diffs.add(new RevisionComparison.FieldDifference(path, x == null ? "ADDED" : y == null ? "REMOVED" : "CHANGED", x, y));
            }
        }
        return RestResponse.ok(new RevisionComparison(a, b, diffs));
    }

    @POST
    @Path("/{id}/issues/{issueId}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addIssueFollowUp", summary = "Add a dated follow-up entry to an issue (writers, officer, Cabinet Office, the responsible ministry)")
    @APIResponse(responseCode = "200", description = "The issue sheet with the new entry")
    public RestResponse<SheetView> addFollowUp(@PathParam("id") long id, @PathParam("issueId") String issueId, FollowUpInput input) {
        return ok(service.addFollowUp(caller, id, issueId, input));
    }

    @GET
    @Path("/{id}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getSheetHistory", summary = "Change history of a sheet, newest first")
    @APIResponse(responseCode = "200", description = "The history")
    public RestResponse<List<HistoryEntry>> history(@PathParam("id") long id) {
        queries.require(caller, id);
        // the sheet's own entries (History would also add entries scoped to it; sheets have no parts)
        return RestResponse.ok(jp.go.jisso.audit.AuditEntry.<jp.go.jisso.audit.AuditEntry>list(
                        "recordType = ?1 and recordId = ?2 order by occurredAt desc, id desc", SheetService.RECORD, id)
                .stream().map(HistoryEntry::of).toList());
    }

    @GET
    @Path("/{id}/xlsx")
    @Produces({Export.XLSX, MediaType.APPLICATION_JSON})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "exportSheetXlsx", summary = "The sheet as the Excel form (.xlsx, one tab per section, Japanese headings)")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = Export.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportXlsx(@PathParam("id") long id) {
        ReportSheet s = queries.require(caller, id);
        byte[] body = workbook.export(s);
        return Response.ok(body).type(Export.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + SheetWorkbook.fileName(s) + "\"").build();
    }

    @GET
    @Path("/period-xlsx")
    @Produces({Export.XLSX, MediaType.APPLICATION_JSON})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "exportPeriodXlsx", summary = "All sheets of a project's period that the caller may read, in one workbook"
            + " (a month also brings the sheets of its fiscal year)")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = Export.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportPeriodXlsx(
            @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("projectId") String projectId,
            @Parameter(required = true, description = "Period key: 2026-07 or FY2026", schema = @Schema(type = SchemaType.STRING, maxLength = 16)) @QueryParam("period") String period) {
        long project = QueryParams.optionalInt("projectId", projectId, 1, Integer.MAX_VALUE)
                .orElseThrow(() -> ApiException.invalidParameter("projectId", "REQUIRED", "a project id")).longValue();
        Period p = QueryParams.optionalText("period", period, 16).flatMap(Period::parse)
                .orElseThrow(() -> ApiException.invalidParameter("period", "INVALID_PERIOD", "a month like 2026-07 or a fiscal year like FY2026"));
        List<String> keys = p.isFiscalYear() ? List.of(p.key()) : List.of(p.key(), "FY" + p.fiscalYear());
        List<ReportSheet> sheets = queries.readableOfProject(caller, project, keys);
        if (sheets.isEmpty()) {
            throw ApiException.notFound("Sheets of project " + project + " for " + p.key());
        }
        ReportSheet first = sheets.get(0);
        String file = "jisso-" + first.project.selectionFy + "-" + first.project.number + "-" + p.key() + ".xlsx";
        return Response.ok(workbook.exportAll(sheets)).type(Export.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @PUT
    @Path("/{id}/xlsx")
    @Consumes({Export.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importSheetXlsx", summary = "Import a filled Excel form into the draft; every cell is checked and nothing is saved unless all are valid"
            + " (the sheet's writer; If-Match required; at most " + SheetWorkbook.MAX_BYTES + " bytes, no macros, values not formulas)")
    @RequestBody(content = @Content(mediaType = Export.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Imported into the draft")
    @APIResponse(responseCode = "413", description = "The file is too large")
    public RestResponse<SheetView> importXlsx(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version being edited", required = true) @HeaderParam("If-Match") String ifMatch,
            java.io.InputStream body) {
        return ok(workbook.importInto(caller, id, ifMatch, body));
    }
}
