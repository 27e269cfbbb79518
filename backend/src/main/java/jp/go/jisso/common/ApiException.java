package jp.go.jisso.common;

import java.util.List;

/** A failure the API reports as problem+json: status, stable code, human-readable detail. */
public class ApiException extends RuntimeException {

    public final int status;
    public final String code;
    public final List<Problem.FieldError> errors;
    public final Long currentVersion;

    public ApiException(int status, String code, String detail, List<Problem.FieldError> errors, Long currentVersion) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = errors;
        this.currentVersion = currentVersion;
    }

    public ApiException(int status, String code, String detail) {
        this(status, code, detail, null, null);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, ErrorCodes.NOT_FOUND, what + " was not found or is not visible to you.");
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, ErrorCodes.FORBIDDEN, detail);
    }

    public static ApiException invalidParameter(String parameter, String code, String message) {
        return new ApiException(
                400,
                ErrorCodes.INVALID_PARAMETER,
                "Query parameter '" + parameter + "' is invalid: " + message,
                List.of(new Problem.FieldError(parameter, code, message)),
                null);
    }
}
