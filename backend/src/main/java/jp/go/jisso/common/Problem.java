package jp.go.jisso.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details. {@code code} is a stable machine-readable error code; the SPA
 * shows its own translated text for it and falls back to {@code detail}.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details with a stable error code")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @Schema(required = true, examples = "INVALID_PARAMETER") String code,
        List<FieldError> errors,
        @Schema(description = "Current version of the record, on 412") Long currentVersion) {

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Field path or query parameter name") String field,
            String code,
            String message) {}
}
