package jp.go.jisso.person;

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
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.PersonAccess;
import jp.go.jisso.access.PersonAccess;
import jp.go.jisso.access.Role;
import jp.go.jisso.audit.History;
import jp.go.jisso.audit.HistoryEntry;
import jp.go.jisso.common.Export;
import jp.go.jisso.common.PageRequest;
import jp.go.jisso.common.QueryParams;
import jp.go.jisso.common.SortOrder;
import jp.go.jisso.common.Versions;
import jp.go.jisso.person.dto.PersonInput;
import jp.go.jisso.person.dto.PersonPage;
import jp.go.jisso.person.dto.PersonView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people", description = "People: officers, contacts and members of the programme")
@RolesAllowed({Role.CAO, Role.SUPPORT_OFFICER, Role.MINISTRY_CONTACT, Role.MINISTRY_MEMBER, Role.LOCAL_GOVERNMENT, Role.COMPANY})
public class PersonResource {

    static final List<String> EXPORT_HEADERS = List.of("ID", "氏名", "所属コード", "所属", "役職", "メールアドレス");

    @Inject
    Caller caller;

    @Inject
    PersonService service;


    @Inject
    History history;

    @Inject
    PersonAccess people;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listPeople", summary = "List the people visible to the caller, paged, filtered and sorted")
    @APIResponse(responseCode = "200", description = "A page of people")
    public RestResponse<PersonPage> list(
            @Parameter(description = "Only people of this organisation", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("organisationId") String organisationId,
            @Parameter(description = "Text in the name, title or e-mail", schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @QueryParam("q") String q,
            @Parameter(description = "Sort field: name or organisation; prefix - for descending", schema = @Schema(type = SchemaType.STRING, defaultValue = "name")) @QueryParam("sort") String sort,
            @Parameter(description = "1-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, at most 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        PersonService.Filter filter = filter(organisationId, q);
        SortOrder order = SortOrder.parse(sort, PersonService.SORTABLE, "name");
        return RestResponse.ok(service.page(caller, filter, order, PageRequest.of(page, size)));
    }

    @GET
    @Path("/export")
    @Produces({Export.CSV, Export.XLSX, MediaType.APPLICATION_JSON})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "exportPeople", summary = "Export the filtered people list as CSV (UTF-8 with BOM) or .xlsx")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = Export.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Export.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @Parameter(description = "csv (default) or xlsx", schema = @Schema(enumeration = {"csv", "xlsx"})) @QueryParam("format") String format,
            @Parameter(description = "Only people of this organisation", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("organisationId") String organisationId,
            @Parameter(description = "Text in the name, title or e-mail", schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @QueryParam("q") String q,
            @Parameter(description = "Sort field", schema = @Schema(type = SchemaType.STRING, defaultValue = "name")) @QueryParam("sort") String sort) {
        Export.Format f = Export.format(format);
        boolean contact = people.seesContactDetails(caller);
        List<List<Object>> rows = service.find(caller, filter(organisationId, q), SortOrder.parse(sort, PersonService.SORTABLE, "name"), null)
                .stream().map(p -> List.<Object>of(p.id, p.name, p.organisation.code, p.organisation.nameJa,
                        p.title == null ? "" : p.title, contact && p.email != null ? p.email : "")).toList();
        return Export.response(f, "people", EXPORT_HEADERS, rows);
    }

    private static PersonService.Filter filter(String organisationId, String q) {
        return new PersonService.Filter(
                QueryParams.optionalInt("organisationId", organisationId, 1, Integer.MAX_VALUE).map(Integer::longValue),
                QueryParams.optionalText("q", q, 100));
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getPerson", summary = "One person, with its version as ETag")
    @APIResponse(responseCode = "200", description = "The person")
    public RestResponse<PersonView> get(@PathParam("id") long id) {
        Person p = service.getReadable(caller, id);
        return RestResponse.ResponseBuilder.ok(service.view(caller, p)).tag(Versions.etag(p.version)).build();
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPerson", summary = "Register a person (Cabinet Office; a local government for its own staff)")
    @APIResponse(responseCode = "201", description = "Created")
    public RestResponse<PersonView> create(PersonInput input) {
        Person p = service.create(caller, input);
        return RestResponse.ResponseBuilder.<PersonView>created(URI.create("/api/people/" + p.id))
                .entity(service.view(caller, p)).tag(Versions.etag(p.version)).build();
    }

    @PUT
    @Transactional
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePerson", summary = "Replace a person's fields (Cabinet Office; own organisation's staff; own contact details)")
    @APIResponse(responseCode = "200", description = "Updated")
    public RestResponse<PersonView> update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version being edited", required = true) @HeaderParam("If-Match") String ifMatch,
            PersonInput input) {
        Person p = service.update(caller, id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(service.view(caller, p)).tag(Versions.etag(p.version)).build();
    }

    @DELETE
    @Transactional
    @Path("/{id}")
    @Operation(operationId = "deletePerson", summary = "Delete a person without assignments (Cabinet Office; If-Match required)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The person has assignments",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<Void> delete(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version being deleted", required = true) @HeaderParam("If-Match") String ifMatch) {
        service.delete(caller, id, ifMatch);
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getPersonHistory", summary = "Change history of a person, newest first")
    @APIResponse(responseCode = "200", description = "The history")
    public RestResponse<List<HistoryEntry>> history(@PathParam("id") long id) {
        service.getReadable(caller, id);
        return RestResponse.ok(history.of(PersonService.RECORD, id, people.seesContactDetails(caller)));
    }
}
