package jp.go.jisso.person.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create or replace a person. Limits: name and title 200, e-mail 320 characters. */
@Schema(name = "PersonInput")
public record PersonInput(
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(required = true) @NotNull Long organisationId,
        @Schema(maxLength = 200) @Size(max = 200) String title,
        @Schema(maxLength = 320, format = "email") @Size(max = 320) @Email String email) {}
