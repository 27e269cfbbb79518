package jp.go.jisso.report.dto;

import java.time.LocalDate;
import java.util.List;
import jp.go.jisso.report.Cadence;
import jp.go.jisso.report.SheetType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportSchedule", description = "Cadence and due rule of one sheet type")
public record ScheduleView(
        @Schema(required = true) SheetType type,
        @Schema(required = true) String typeLabel,
        @Schema(required = true) Cadence cadence,
        @Schema(required = true, description = "MONTHLY: day of the month after the period; YEARLY: day of dueMonth") int dueDay,
        @Schema(description = "YEARLY only: month of the due date") Integer dueMonth,
        @Schema(required = true, description = "Periods opening before this day get no sheets") LocalDate startsOn,
        @Schema(required = true, description = "Reminder this many days before the due date") int reminderDaysBefore,
        @Schema(required = true, description = "The rule in words") String ruleJa,
        @Schema(required = true, description = "The next periods and their due dates (after holiday adjustment)") List<UpcomingDue> upcoming,
        @Schema(required = true) long version) {

    @Schema(name = "UpcomingDue")
    public record UpcomingDue(@Schema(required = true) String periodKey, @Schema(required = true) String periodLabel,
                              @Schema(required = true) LocalDate opensOn, @Schema(required = true) LocalDate dueDate) {}
}
