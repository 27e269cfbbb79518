package jp.go.jisso.report.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import jp.go.jisso.report.ReportSheet;
import jp.go.jisso.report.SheetStatus;
import jp.go.jisso.report.SheetType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SheetSummary")
public record SheetSummary(
        @Schema(required = true) long id,
        @Schema(required = true) SheetProject project,
        @Schema(required = true) SheetType type,
        @Schema(required = true) String typeLabel,
        @Schema(required = true, description = "2026-07 or FY2026") String periodKey,
        @Schema(required = true) String periodLabel,
        @Schema(required = true) LocalDate periodStart,
        @Schema(required = true) LocalDate periodEnd,
        @Schema(required = true) LocalDate dueDate,
        @Schema(required = true) SheetStatus status,
        @Schema(required = true) String statusLabel,
        @Schema(required = true, description = "Number of the latest submitted revision, 0 before the first") int currentRevision,
        @Schema(description = "Days past the due date while the sheet is still owed; null otherwise") Integer daysOverdue,
        @Schema(required = true) boolean divergent,
        @Schema(required = true) boolean duplicateFunding,
        Instant lastSubmittedAt,
        @Schema(required = true) Instant updatedAt) {

    public static SheetSummary of(ReportSheet s, LocalDate today) {
        Integer overdue = SheetStatus.OWED.contains(s.status) && today.isAfter(s.dueDate)
                ? (int) ChronoUnit.DAYS.between(s.dueDate, today) : null;
        return new SheetSummary(s.id, SheetProject.of(s.project), s.type, s.type.labelJa, s.periodKey, s.period().labelJa(),
                s.periodStart, s.periodEnd, s.dueDate, s.status, s.status.labelJa, s.currentRevision, overdue,
                s.divergent, s.duplicateFunding, s.lastSubmittedAt, s.updatedAt);
    }
}
