package jp.go.jisso.report.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportTask", description = "A sheet the caller owes: to fill, to revise or to review")
public record TaskView(
        @Schema(required = true) SheetSummary sheet,
        @Schema(required = true, enumeration = {"FILL", "REVISE", "REVIEW"}) String task,
        @Schema(required = true, description = "Negative when overdue") int daysUntilDue) {}
