package jp.go.jisso.report.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SheetCommentInput")
public record CommentInput(@Schema(required = true) String section, @Schema(required = true) String comment) {}
