package jp.go.jisso.report.dto;

import java.util.List;
import jp.go.jisso.report.SheetAction;
import jp.go.jisso.report.content.SheetContent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Sheet", description = "A sheet with its working content; the ETag is its version")
public record SheetView(
        @Schema(required = true) SheetSummary sheet,
        @Schema(description = "Null until the sheet is first saved") SheetContent content,
        @Schema(description = "Reason given with the latest late submission") String latenessReason,
        @Schema(description = "Opinion sheets: why the officer's assessment and the milestone statuses disagree") String divergenceReason,
        @Schema(description = "Expense surveys: totals per type and ministry") ExpenseTotals expenseTotals,
        @Schema(description = "Expense surveys: groups of row indexes claiming the same scheme for the same sub-project") List<List<Integer>> duplicateFundingRows,
        @Schema(description = "The latest return or acceptance, with its comments per section") ReviewView lastReview,
        @Schema(required = true, description = "What the caller may do now") List<SheetAction> allowedActions,
        @Schema(required = true) long version) {}
