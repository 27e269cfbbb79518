package jp.go.jisso.report.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The content of a sheet: exactly the member that matches the sheet's type is set. */
@Schema(name = "SheetContent", description = "Exactly one member is set: the one of the sheet's type")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SheetContent(
        ProgressContent progress,
        OpinionContent opinion,
        IssueContent issue,
        ExpenseContent expense) {}
