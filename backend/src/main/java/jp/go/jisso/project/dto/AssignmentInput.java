package jp.go.jisso.project.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import jp.go.jisso.project.AssignmentKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Attach a person (or, for members, an organisation) to a project from a date. */
@Schema(name = "AssignmentInput")
public record AssignmentInput(
        @Schema(required = true, implementation = AssignmentKind.class, description = "SUPPORT_OFFICER changes the officer: the active one's assignment ends the day before") @NotBlank String kind,
        @Schema(description = "Required for every kind but an organisation-level MEMBER") Long personId,
        @Schema(description = "Organisation of a MEMBER without a named person; defaults to the person's organisation") Long organisationId,
        @Schema(required = true) @NotNull LocalDate startDate) {}
