package jp.go.jisso.organisation.dto;

import jp.go.jisso.organisation.Organisation;
import jp.go.jisso.organisation.OrganisationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organisation")
public record OrganisationView(
        @Schema(required = true) long id,
        @Schema(required = true) String code,
        @Schema(required = true) OrganisationKind kind,
        @Schema(required = true) String nameJa,
        @Schema(required = true) String nameEn,
        @Schema(description = "Parent prefecture of a municipality") OrganisationRef parent,
        @Schema(required = true) long version) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.code, o.kind, o.nameJa, o.nameEn,
                o.parent == null ? null : OrganisationRef.of(o.parent), o.version);
    }
}
