package jp.go.jisso.report.dto;

import java.time.Instant;
import java.util.List;
import jp.go.jisso.report.ReportReview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SheetReview")
public record ReviewView(
        @Schema(required = true) long id,
        @Schema(required = true) int revisionNumber,
        @Schema(required = true) ReportReview.Action action,
        @Schema(required = true) String authorUsername,
        String authorName,
        String authorRole,
        @Schema(required = true) List<SectionComment> comments,
        @Schema(required = true) Instant createdAt) {

    public static ReviewView of(ReportReview r) {
        return new ReviewView(r.id, r.revisionNumber, r.action, r.authorUsername, r.authorName, r.authorRole,
                r.comments.stream().map(c -> new SectionComment(c.get("section"), c.get("comment"))).toList(), r.createdAt);
    }
}
