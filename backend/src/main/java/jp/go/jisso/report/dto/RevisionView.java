package jp.go.jisso.report.dto;

import jp.go.jisso.report.content.SheetContent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SheetRevision", description = "The content as it was submitted; never changes")
public record RevisionView(@Schema(required = true) RevisionSummary revision, @Schema(required = true) SheetContent content) {}
