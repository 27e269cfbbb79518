package jp.go.jisso.report.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptSheetInput")
public record AcceptInput(String comment) {}
