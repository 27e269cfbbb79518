package jp.go.jisso.report.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportScheduleInput")
public record ScheduleInput(
        @Schema(required = true, enumeration = {"MONTHLY", "YEARLY"}) String cadence,
        @Schema(required = true, minimum = "1", maximum = "31") Integer dueDay,
        @Schema(minimum = "1", maximum = "12", description = "Required for YEARLY") Integer dueMonth,
        @Schema(required = true) LocalDate startsOn,
        @Schema(required = true, minimum = "0", maximum = "60") Integer reminderDaysBefore) {}
