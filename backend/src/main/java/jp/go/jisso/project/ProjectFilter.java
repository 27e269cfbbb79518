package jp.go.jisso.project;

import java.util.Optional;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.ErrorCodes;
import jp.go.jisso.common.QueryParams;

/** Validated filters of the project list. */
public record ProjectFilter(
        Optional<Integer> fy,
        Optional<Technology> technology,
        Optional<String> prefecture,
        Optional<ProjectStatus> status,
        Optional<String> text) {

    public static ProjectFilter parse(String fy, String technology, String prefecture, String status, String q) {
        return new ProjectFilter(
                QueryParams.optionalInt("fy", fy, 2018, 2100),
                QueryParams.optionalEnum("technology", technology, Technology.class),
                parsePrefecture(prefecture),
                QueryParams.optionalEnum("status", status, ProjectStatus.class),
                QueryParams.optionalText("q", q, 100));
    }

    private static Optional<String> parsePrefecture(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.trim();
        if (!value.matches("\\d{2}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 47) {
            throw ApiException.invalidParameter("prefecture", ErrorCodes.FIELD_OUT_OF_RANGE,
                    "'" + raw + "' is not a two-digit prefecture number 01..47");
        }
        return Optional.of(value);
    }
}
