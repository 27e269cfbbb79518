package jp.go.jisso.organisation;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.go.jisso.access.Role;
import jp.go.jisso.common.PageRequest;
import jp.go.jisso.common.QueryParams;
import jp.go.jisso.organisation.dto.OrganisationPage;
import jp.go.jisso.organisation.dto.OrganisationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listOrganisations", summary = "List organisations, paged, optionally of one kind")
    @APIResponse(responseCode = "200", description = "A page of organisations ordered by code")
    public RestResponse<OrganisationPage> list(
            @Parameter(description = "Organisation kind", schema = @Schema(implementation = OrganisationKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "1-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, at most 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        var query = QueryParams.optionalEnum("kind", kind, OrganisationKind.class)
                .map(k -> Organisation.<Organisation>find("kind", Sort.by("code"), k))
                .orElseGet(() -> Organisation.findAll(Sort.by("code")));
        long total = query.count();
        List<OrganisationView> items = query.page(Page.of(pageRequest.page() - 1, pageRequest.size())).list()
                .stream().map(OrganisationView::of).toList();
        return RestResponse.ok(new OrganisationPage(items, pageRequest.page(), pageRequest.size(), total, pageRequest.totalPages(total)));
    }
}
