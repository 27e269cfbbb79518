package jp.go.jisso.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.go.jisso.common.FiscalYear;
import jp.go.jisso.report.calendar.JapaneseHolidays;

/**
 * When sheets open and fall due (docs/reports.md, "Due rules"). A monthly sheet opens on the
 * first day of its month and is due on the schedule's day of the following month; the issue
 * sheet of FY N opens on 1 April of N and is due on the schedule's month and day within FY N;
 * the expense survey of FY N (the past FY) opens on 1 April of N+1 and is due within FY N+1.
 * A due date on a Saturday, Sunday or public holiday moves to the next business day.
 */
public final class DueRules {

    private DueRules() {}

    public static LocalDate opensOn(SheetType type, Period period) {
        return type == SheetType.EXPENSE ? period.end().plusDays(1) : period.start();
    }

    public static LocalDate dueDate(ReportSchedule s, Period period) {
        LocalDate nominal;
        if (s.cadence == Cadence.MONTHLY) {
            YearMonth next = YearMonth.from(period.start()).plusMonths(1);
            nominal = next.atDay(Math.min(s.dueDay, next.lengthOfMonth()));
        } else {
            int fy = FiscalYear.of(period.start()) + (s.sheetType == SheetType.EXPENSE ? 1 : 0);
            int month = s.dueMonth;
            YearMonth ym = YearMonth.of(month >= 4 ? fy : fy + 1, month);
            nominal = ym.atDay(Math.min(s.dueDay, ym.lengthOfMonth()));
        }
        return JapaneseHolidays.onOrNextBusinessDay(nominal);
    }

    /** The period of a type that contains (or, for the expense survey, precedes) a date. */
    public static Period periodOf(ReportSchedule s, LocalDate date) {
        if (s.cadence == Cadence.MONTHLY) {
            return Period.month(YearMonth.from(date));
        }
        int fy = FiscalYear.of(date);
        return Period.fiscalYear(s.sheetType == SheetType.EXPENSE ? fy - 1 : fy);
    }

    /** Every period of the schedule that opens on or after its start and on or before {@code until}. */
    public static List<Period> periodsOpenedBy(ReportSchedule s, LocalDate until) {
        List<Period> periods = new ArrayList<>();
        if (until.isBefore(s.startsOn)) {
            return periods;
        }
        Period p = periodOf(s, s.startsOn);
        while (!opensOn(s.sheetType, p).isAfter(until)) {
            if (!opensOn(s.sheetType, p).isBefore(s.startsOn)) {
                periods.add(p);
            }
            p = next(s, p);
        }
        return periods;
    }

    static Period next(ReportSchedule s, Period p) {
        return s.cadence == Cadence.MONTHLY
                ? Period.month(YearMonth.from(p.start()).plusMonths(1))
                : Period.fiscalYear(p.fiscalYear() + 1);
    }
}
