package jp.go.jisso.report.dto;

import java.time.Instant;
import jp.go.jisso.report.ReportRevision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SheetRevisionSummary")
public record RevisionSummary(
        @Schema(required = true) int number,
        @Schema(required = true) Instant submittedAt,
        @Schema(required = true) String submittedBy,
        String submittedByName,
        @Schema(required = true) boolean late,
        String latenessReason) {

    public static RevisionSummary of(ReportRevision r) {
        return new RevisionSummary(r.number, r.submittedAt, r.submittedBy, r.submittedByName, r.late, r.latenessReason);
    }
}
