package jp.go.jisso.me;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import jp.go.jisso.audit.AuditLog;
import jp.go.jisso.person.Person;
import jp.go.jisso.person.PersonService;
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

    @Inject
    AuditLog audit;

    @GET
    @Transactional
    @Operation(operationId = "getMe", summary = "The caller's name, organisation and Jisso roles")
    @APIResponse(responseCode = "200", description = "The caller")
    public RestResponse<Me> me() {
        List<String> roles = caller.roles().stream().filter(r -> List.of(Role.ALL).contains(r)).toList();
        Person person = linkedPerson().orElse(null);
        return RestResponse.ok(new Me(caller.username(), caller.displayName(), roles, caller.isServiceAccount(),
                caller.organisation().map(OrganisationRef::of).orElse(null), person == null ? null : person.id));
    }

    /**
     * The registry's person for this login: found by Keycloak subject, or on the first sign-in
     * by the username the Cabinet Office registered, which then gets linked to the subject.
     */
    private Optional<Person> linkedPerson() {
        if (caller.subject() == null) {
            return Optional.empty();
        }
        Optional<Person> linked = Person.findBySubject(caller.subject());
        if (linked.isPresent()) {
            return linked;
        }
        Optional<Person> registered = Person.<Person>find("username = ?1 and keycloakSubject is null", caller.username())
                .firstResultOptional();
        registered.ifPresent(p -> {
            p.keycloakSubject = caller.subject();
            audit.record(caller, "LINK_LOGIN", PersonService.RECORD, p.id, null,
                    java.util.Map.of("linkedToLogin", false), java.util.Map.of("linkedToLogin", true));
        });
        return registered;
    }
}
