package jp.go.jisso.report.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SheetRevisionComparison")
public record RevisionComparison(
        @Schema(required = true) int from,
        @Schema(required = true) int to,
        @Schema(required = true) List<FieldDifference> differences) {

    @Schema(name = "FieldDifference", description = "One changed field; values are shown as text")
    public record FieldDifference(
            @Schema(required = true, description = "e.g. progress.milestones[1].status") String path,
            @Schema(required = true, enumeration = {"ADDED", "REMOVED", "CHANGED"}) String change,
            String before,
            String after) {}
}
