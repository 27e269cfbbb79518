package jp.go.jisso.common;

/** Stable error codes carried in problem+json {@code code}; the SPA keys its messages on them. */
public final class ErrorCodes {
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String INVALID_PARAMETER = "INVALID_PARAMETER";
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String MALFORMED_BODY = "MALFORMED_BODY";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String CONFLICT = "CONFLICT";
    public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";
    public static final String PRECONDITION_REQUIRED = "PRECONDITION_REQUIRED";
    public static final String PRECONDITION_FAILED = "PRECONDITION_FAILED";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    /** Field-level codes in {@code errors[].code}. */
    public static final String FIELD_NOT_A_NUMBER = "NOT_A_NUMBER";
    public static final String FIELD_OUT_OF_RANGE = "OUT_OF_RANGE";
    public static final String FIELD_UNKNOWN_VALUE = "UNKNOWN_VALUE";
    public static final String FIELD_TOO_LONG = "TOO_LONG";

    private ErrorCodes() {}
}
