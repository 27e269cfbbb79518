package jp.go.jisso.organisation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
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
import java.util.Map;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.PersonAccess;
import jp.go.jisso.access.Role;
import jp.go.jisso.audit.History;
import jp.go.jisso.audit.HistoryEntry;
import jp.go.jisso.common.Export;
import jp.go.jisso.common.PageRequest;
import jp.go.jisso.common.QueryParams;
import jp.go.jisso.common.SortOrder;
import jp.go.jisso.common.Versions;
import jp.go.jisso.organisation.dto.OrganisationInput;
import jp.go.jisso.organisation.dto.OrganisationPage;
import jp.go.jisso.organisation.dto.OrganisationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The organisations taking part in the programme: public registry data, readable by every role. */
@Path("/api/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisations", description = "Organisations: the Cabinet Office, ministries, local governments, companies")
@RolesAllowed({Role.CAO, Role.SUPPORT_OFFICER, Role.MINISTRY_CONTACT, Role.MINISTRY_MEMBER, Role.LOCAL_GOVERNMENT, Role.COMPANY})
public class OrganisationResource {

    static final Map<String, String> SORTABLE = Map.of("code", "code", "nameJa", "nameJa", "nameEn", "nameEn", "kind", "kind");
    static final List<String> EXPORT_HEADERS = List.of("ID", "コード", "種別", "名称", "英語名称", "親団体コード", "親団体");

    @Inject
    Caller caller;

    @Inject
    OrganisationService service;

    @Inject
    History history;

    @Inject
    PersonAccess people;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listOrganisations", summary = "List organisations, paged, filtered and sorted")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    public RestResponse<OrganisationPage> list(
            @Parameter(description = "Organisation kind", schema = @Schema(implementation = OrganisationKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Text in the code or a name", schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @QueryParam("q") String q,
            @Parameter(description = "Sort field: code, nameJa, nameEn or kind; prefix - for descending", schema = @Schema(type = SchemaType.STRING, defaultValue = "code")) @QueryParam("sort") String sort,
            @Parameter(description = "1-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, at most 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        PanacheQuery<Organisation> query = query(kind, q, sort);
        long total = query.count();
        List<OrganisationView> items = query.page(Page.of(pageRequest.page() - 1, pageRequest.size())).list()
                .stream().map(OrganisationView::of).toList();
        return RestResponse.ok(new OrganisationPage(items, pageRequest.page(), pageRequest.size(), total, pageRequest.totalPages(total)));
    }

    @GET
    @Path("/export")
    @Produces({Export.CSV, Export.XLSX, MediaType.APPLICATION_JSON})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "exportOrganisations", summary = "Export the filtered organisation list as CSV (UTF-8 with BOM) or .xlsx")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = Export.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Export.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @Parameter(description = "csv (default) or xlsx", schema = @Schema(enumeration = {"csv", "xlsx"})) @QueryParam("format") String format,
            @Parameter(description = "Organisation kind", schema = @Schema(implementation = OrganisationKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Text in the code or a name", schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @QueryParam("q") String q,
            @Parameter(description = "Sort field", schema = @Schema(type = SchemaType.STRING, defaultValue = "code")) @QueryParam("sort") String sort) {
        Export.Format f = Export.format(format);
        List<List<Object>> rows = query(kind, q, sort).list().stream().map(o -> List.<Object>of(
                o.id, o.code, o.kind.name(), o.nameJa, o.nameEn,
                o.parent == null ? "" : o.parent.code, o.parent == null ? "" : o.parent.nameJa)).toList();
        return Export.response(f, "organisations", EXPORT_HEADERS, rows);
    }

    private PanacheQuery<Organisation> query(String kind, String q, String sort) {
        var k = QueryParams.optionalEnum("kind", kind, OrganisationKind.class);
        var text = QueryParams.optionalText("q", q, 100);
        SortOrder order = SortOrder.parse(sort, SORTABLE, "code");
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        k.ifPresent(v -> {
            where.append(" and kind = :kind");
            params.and("kind", v);
        });
        text.ifPresent(v -> {
            where.append(" and (code like :q or nameJa like :q or lower(nameEn) like :q)");
            params.and("q", "%" + v.toLowerCase() + "%");
        });
        return Organisation.find(where + " order by " + order.jpql() + ", id", params);
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getOrganisation", summary = "One organisation, with its version as ETag")
    @APIResponse(responseCode = "200", description = "The organisation")
    public RestResponse<OrganisationView> get(@PathParam("id") long id) {
        Organisation o = service.get(id);
        return RestResponse.ResponseBuilder.ok(OrganisationView.of(o)).tag(Versions.etag(o.version)).build();
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrganisation", summary = "Register an organisation (Cabinet Office)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "An organisation with this code exists",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<OrganisationView> create(OrganisationInput input) {
        Organisation o = service.create(caller, input);
        return RestResponse.ResponseBuilder.<OrganisationView>created(URI.create("/api/organisations/" + o.id))
                .entity(OrganisationView.of(o)).tag(Versions.etag(o.version)).build();
    }

    @PUT
    @Transactional
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOrganisation", summary = "Replace an organisation's fields (Cabinet Office; If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", description = "Another organisation has this code",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<OrganisationView> update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version being edited", required = true) @HeaderParam("If-Match") String ifMatch,
            OrganisationInput input) {
        Organisation o = service.update(caller, id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(OrganisationView.of(o)).tag(Versions.etag(o.version)).build();
    }

    @DELETE
    @Transactional
    @Path("/{id}")
    @Operation(operationId = "deleteOrganisation", summary = "Delete an unreferenced organisation (Cabinet Office; If-Match required)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Still referenced",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<Void> delete(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version being deleted", required = true) @HeaderParam("If-Match") String ifMatch) {
        service.delete(caller, id, ifMatch);
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getOrganisationHistory", summary = "Change history of an organisation, newest first")
    @APIResponse(responseCode = "200", description = "The history")
    public RestResponse<List<HistoryEntry>> history(@PathParam("id") long id) {
        service.get(id);
        return RestResponse.ok(history.of(OrganisationService.RECORD, id, people.seesContactDetails(caller)));
    }
}
