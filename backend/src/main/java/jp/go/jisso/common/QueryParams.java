package jp.go.jisso.common;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Parses query parameters ourselves (they arrive as strings) so that a malformed value is a
 * 400 naming the parameter, never a 404 or 500 from the framework's converters.
 */
public final class QueryParams {

    private QueryParams() {}

    public static Optional<Integer> optionalInt(String name, String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter(name, ErrorCodes.FIELD_NOT_A_NUMBER, "'" + raw + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw ApiException.invalidParameter(name, ErrorCodes.FIELD_OUT_OF_RANGE,
                    value + " is outside the allowed range " + min + ".." + max);
        }
        return Optional.of(value);
    }

    public static int intOrDefault(String name, String raw, int min, int max, int defaultValue) {
        return optionalInt(name, raw, min, max).orElse(defaultValue);
    }

    public static <E extends Enum<E>> Optional<E> optionalEnum(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, raw.trim()));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.invalidParameter(name, ErrorCodes.FIELD_UNKNOWN_VALUE,
                    "'" + raw + "' is not one of " + allowed);
        }
    }

    public static Optional<String> optionalText(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        if (raw.length() > maxLength) {
            throw ApiException.invalidParameter(name, ErrorCodes.FIELD_TOO_LONG, "longer than " + maxLength + " characters");
        }
        return Optional.of(raw.trim());
    }
}
