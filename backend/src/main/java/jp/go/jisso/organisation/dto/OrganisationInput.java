package jp.go.jisso.organisation.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.go.jisso.organisation.OrganisationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create or replace an organisation. Limits: code 64, names 200 characters. */
@Schema(name = "OrganisationInput")
public record OrganisationInput(
        @Schema(required = true, description = "6-digit 全国地方公共団体コード with check digit for prefectures and municipalities; lowercase slug (a-z, 0-9, -) otherwise", maxLength = 64)
        @NotBlank @Size(max = 64) String code,
        @Schema(required = true, implementation = OrganisationKind.class) @NotBlank String kind,
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String nameJa,
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String nameEn,
        @Schema(description = "The prefecture of a municipality (required for municipalities, not allowed otherwise)") Long parentId) {}
