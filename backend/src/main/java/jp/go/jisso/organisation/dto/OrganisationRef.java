package jp.go.jisso.organisation.dto;

import jp.go.jisso.organisation.Organisation;
import jp.go.jisso.organisation.OrganisationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationRef", description = "An organisation as other records refer to it")
public record OrganisationRef(
        @Schema(required = true) long id,
        @Schema(required = true, description = "全国地方公共団体コード for local governments, a slug otherwise", examples = "012106") String code,
        @Schema(required = true, examples = "岩見沢市") String nameJa,
        @Schema(required = true, examples = "Iwamizawa City") String nameEn,
        @Schema(required = true) OrganisationKind kind) {

    public static OrganisationRef of(Organisation o) {
        return new OrganisationRef(o.id, o.code, o.nameJa, o.nameEn, o.kind);
    }
}
