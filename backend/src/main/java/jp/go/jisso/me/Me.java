package jp.go.jisso.me;

import java.util.List;
import jp.go.jisso.organisation.dto.OrganisationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "The signed-in user or service account")
public record Me(
        @Schema(required = true) String username,
        @Schema(required = true) String displayName,
        @Schema(required = true, description = "Realm roles") List<String> roles,
        @Schema(required = true) boolean serviceAccount,
        @Schema(description = "The caller's organisation; null when the token names none known to Jisso") OrganisationRef organisation,
        @Schema(description = "The caller's person record in the registry, once linked to this login") Long personId) {}
