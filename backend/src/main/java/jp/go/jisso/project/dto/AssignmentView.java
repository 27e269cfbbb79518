package jp.go.jisso.project.dto;

import java.time.LocalDate;
import jp.go.jisso.organisation.dto.OrganisationRef;
import jp.go.jisso.project.AssignmentKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assignment")
public record AssignmentView(
        @Schema(required = true) long id,
        @Schema(required = true) AssignmentKind kind,
        @Schema(required = true) OrganisationRef organisation,
        PersonRef person,
        @Schema(description = "Contact e-mail; omitted for callers who may not see contact details") String email,
        @Schema(required = true) LocalDate startDate,
        @Schema(description = "Null while active") LocalDate endDate,
        @Schema(required = true) boolean active) {}
