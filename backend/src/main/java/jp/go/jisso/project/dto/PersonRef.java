package jp.go.jisso.project.dto;

import jp.go.jisso.organisation.dto.OrganisationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonRef")
public record PersonRef(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        String title,
        @Schema(required = true) OrganisationRef organisation) {}
