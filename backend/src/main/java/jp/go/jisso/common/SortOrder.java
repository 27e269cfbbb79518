package jp.go.jisso.common;

import java.util.Map;

/** A validated sort parameter: one allowed field name, "-" prefix for descending. */
public record SortOrder(String expression, boolean descending) {

    /**
     * @param allowed maps the public field name to its JPQL expression
     */
    public static SortOrder parse(String raw, Map<String, String> allowed, String defaultField) {
        String value = raw == null || raw.isBlank() ? defaultField : raw.trim();
        boolean descending = value.startsWith("-");
        String field = descending ? value.substring(1) : value;
        String expression = allowed.get(field);
        if (expression == null) {
            throw ApiException.invalidParameter("sort", ErrorCodes.FIELD_UNKNOWN_VALUE,
                    "'" + raw + "' is not one of " + String.join(", ", allowed.keySet().stream().sorted().toList())
                            + " (prefix with - for descending)");
        }
        return new SortOrder(expression, descending);
    }

    public String jpql() {
        return expression + (descending ? " desc" : " asc");
    }
}
