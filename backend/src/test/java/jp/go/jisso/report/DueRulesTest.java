package jp.go.jisso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueRulesTest {

    static ReportSchedule schedule(SheetType type, Cadence cadence, int day, Integer month) {
        ReportSchedule s = new ReportSchedule();
        s.sheetType = type;
        s.cadence = cadence;
        s.dueDay = day;
        s.dueMonth = month;
        s.startsOn = LocalDate.of(2026, 4, 1);
        return s;
    }

    @Test
    void aMonthlySheetIsDueOnTheSetDayOfTheNextMonthMovedPastWeekendsAndHolidays() {
        ReportSchedule progress = schedule(SheetType.PROGRESS, Cadence.MONTHLY, 10, null);
        // 2026-05-10 is a Sunday
        assertThat(DueRules.dueDate(progress, Period.parse("2026-04").orElseThrow())).isEqualTo(LocalDate.of(2026, 5, 11));
        // 2025-08-10 is a Sunday and 08-11 is 山の日
        assertThat(DueRules.dueDate(progress, Period.parse("2025-07").orElseThrow())).isEqualTo(LocalDate.of(2025, 8, 12));
        // 2026-11-10 is a Tuesday
        assertThat(DueRules.dueDate(progress, Period.parse("2026-10").orElseThrow())).isEqualTo(LocalDate.of(2026, 11, 10));
        // day 31 in a 30-day month is the month's last day: 2026-09-30 (Wednesday)
        assertThat(DueRules.dueDate(schedule(SheetType.OPINION, Cadence.MONTHLY, 31, null), Period.parse("2026-08").orElseThrow()))
                .isEqualTo(LocalDate.of(2026, 9, 30));
        // the New Year: 2027-01-01 (holiday, Friday) → Monday 01-04
        assertThat(DueRules.dueDate(schedule(SheetType.OPINION, Cadence.MONTHLY, 1, null), Period.parse("2026-12").orElseThrow()))
                .isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void theExpenseSurveyOfAFiscalYearIsDueInTheNextOneAndTheIssueSheetInItsOwn() {
        ReportSchedule expense = schedule(SheetType.EXPENSE, Cadence.YEARLY, 31, 5);
        // FY2025's survey: 2026-05-31 is a Sunday → 06-01
        assertThat(DueRules.dueDate(expense, Period.fiscalYear(2025))).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(DueRules.opensOn(SheetType.EXPENSE, Period.fiscalYear(2025))).isEqualTo(LocalDate.of(2026, 4, 1));
        ReportSchedule issue = schedule(SheetType.ISSUE, Cadence.YEARLY, 30, 6);
        assertThat(DueRules.dueDate(issue, Period.fiscalYear(2026))).isEqualTo(LocalDate.of(2026, 6, 30));
        // a due month of January..March falls in the second calendar year of the FY
        assertThat(DueRules.dueDate(schedule(SheetType.ISSUE, Cadence.YEARLY, 15, 1), Period.fiscalYear(2026)))
                .isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void periodsOpenFromTheScheduleStartUpToTheGivenDay() {
        ReportSchedule progress = schedule(SheetType.PROGRESS, Cadence.MONTHLY, 10, null);
        assertThat(DueRules.periodsOpenedBy(progress, LocalDate.of(2026, 6, 30)).stream().map(Period::key))
                .containsExactly("2026-04", "2026-05", "2026-06");
        assertThat(DueRules.periodsOpenedBy(progress, LocalDate.of(2026, 3, 31))).isEmpty();
        ReportSchedule expense = schedule(SheetType.EXPENSE, Cadence.YEARLY, 31, 5);
        assertThat(DueRules.periodsOpenedBy(expense, LocalDate.of(2027, 4, 1)).stream().map(Period::key))
                .containsExactly("FY2025", "FY2026");
    }
}
