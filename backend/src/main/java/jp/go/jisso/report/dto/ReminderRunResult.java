package jp.go.jisso.report.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReminderRunResult")
public record ReminderRunResult(
        @Schema(required = true) LocalDate asOf,
        @Schema(required = true, description = "New reminder events (sheet, kind) recorded by this run") int reminders,
        @Schema(required = true) int notifications,
        @Schema(required = true) int emails) {}
