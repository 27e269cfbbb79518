package jp.go.jisso.report.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IssueFollowUpInput")
public record FollowUpInput(@Schema(required = true) LocalDate date, @Schema(required = true) String text) {}
