package jp.go.jisso.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of a request body (bean constraints and domain rules) so that the
 * client learns all bad fields in one round trip, then fails once with VALIDATION_FAILED.
 */
public final class Validation {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public static Validation of(Validator validator, Object body) {
        Validation v = new Validation();
        if (body == null) {
            v.add("", "REQUIRED", "A request body is required");
            return v;
        }
        for (ConstraintViolation<Object> violation : validator.validate(body)) {
            String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            // "applicantIds[0].<list element>" → "applicantIds[0]"
            String field = violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
            v.add(field, toCode(code), violation.getMessage());
        }
        return v;
    }

    public static Validation empty() {
        return new Validation();
    }

    /** Adds a problem; a field already reported keeps its first problem, so each field is listed once. */
    public Validation add(String field, String code, String message) {
        if (!has(field)) {
            errors.add(new Problem.FieldError(field, code, message));
        }
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            List<Problem.FieldError> sorted = errors.stream()
                    .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
            throw new ApiException(400, ErrorCodes.VALIDATION_FAILED,
                    "The request has " + sorted.size() + " invalid field(s): "
                            + String.join(", ", sorted.stream().map(Problem.FieldError::field).distinct().toList()),
                    sorted, null);
        }
    }

    /** NotBlank → NOT_BLANK, Size → SIZE: stable codes for the SPA's messages. */
    static String toCode(String annotation) {
        return annotation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }
}
