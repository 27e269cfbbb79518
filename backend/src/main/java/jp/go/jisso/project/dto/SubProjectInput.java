package jp.go.jisso.project.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import jp.go.jisso.project.SupportScheme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sub-project (事業a, b, …). Limits: label 1–2 lowercase letters, title and scheme name 300. */
@Schema(name = "SubProjectInput")
public record SubProjectInput(
        @Schema(required = true, pattern = "^[a-z]{1,2}$") @NotBlank @Pattern(regexp = "[a-z]{1,2}") String label,
        @Schema(required = true, maxLength = 300) @NotBlank @Size(max = 300) String title,
        @Schema(required = true, implementation = SupportScheme.class) @NotBlank String scheme,
        @Schema(maxLength = 300) @Size(max = 300) String schemeName,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(required = true, description = "Ids of the supporting ministries") @NotEmpty @Size(max = 10) List<@NotNull Long> ministryIds) {}
