package jp.go.jisso.report.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmitSheetInput")
public record SubmitInput(@Schema(description = "Required when submitting after the due date") String latenessReason) {}
