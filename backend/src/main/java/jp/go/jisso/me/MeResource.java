package jp.go.jisso.me;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.Role;
import jp.go.jisso.organisation.dto.OrganisationRef;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me", description = "Who am I")
@Authenticated
public class MeResource {

    @Inject
    Caller caller;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "getMe", summary = "The caller's name, organisation and Jisso roles")
    @APIResponse(responseCode = "200", description = "The caller")
    public RestResponse<Me> me() {
        List<String> roles = caller.roles().stream().filter(r -> List.of(Role.ALL).contains(r)).toList();
        return RestResponse.ok(new Me(caller.username(), caller.displayName(), roles, caller.isServiceAccount(),
                caller.organisation().map(OrganisationRef::of).orElse(null)));
    }
}
