package jp.go.jisso.project.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.go.jisso.project.ImplementationStage;
import jp.go.jisso.project.Technology;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Create or replace a project (Cabinet Office). Limits: title 300, summary 4000 characters,
 * 1..10 applicants, 1..10 technologies. Status changes go through the transition endpoint.
 */
@Schema(name = "ProjectInput")
public record ProjectInput(
        @Schema(required = true, minimum = "2018", maximum = "2100") @NotNull @Min(2018) @Max(2100) Integer selectionFy,
        @Schema(required = true, minimum = "1", maximum = "999") @NotNull @Min(1) @Max(999) Integer number,
        @Schema(required = true, maxLength = 300) @NotBlank @Size(max = 300) String title,
        @Schema(maxLength = 4000) @Size(max = 4000) String summary,
        @Schema(required = true, description = "Ids of the applicant local governments") @NotEmpty @Size(max = 10) List<@NotNull Long> applicantIds,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = Technology.class) @NotEmpty @Size(max = 10) List<@NotNull String> technologies,
        Boolean andOtherTechnologies,
        @Schema(implementation = ImplementationStage.class, description = "Moves forward only: NONE → PARTIAL → FULL") String implementationStage) {}
