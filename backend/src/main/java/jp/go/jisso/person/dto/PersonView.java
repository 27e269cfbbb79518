package jp.go.jisso.person.dto;

import jp.go.jisso.organisation.dto.OrganisationRef;
import jp.go.jisso.person.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Person")
public record PersonView(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(required = true) OrganisationRef organisation,
        String title,
        @Schema(description = "Contact e-mail; omitted for callers who may not see contact details") String email,
        @Schema(required = true, description = "True once the person has signed in with Keycloak") boolean linkedToLogin,
        @Schema(required = true) long version) {

    public static PersonView of(Person p, boolean withContact) {
        return new PersonView(p.id, p.name, OrganisationRef.of(p.organisation), p.title, withContact ? p.email : null,
                p.keycloakSubject != null, p.version);
    }
}
