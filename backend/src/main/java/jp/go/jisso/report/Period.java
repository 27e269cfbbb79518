package jp.go.jisso.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import jp.go.jisso.common.FiscalYear;

/** A reporting period: a calendar month ({@code 2026-07}) or a fiscal year ({@code FY2026}). */
public record Period(String key, LocalDate start, LocalDate end) {

    public static Period month(YearMonth month) {
        return new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    public static Period fiscalYear(int fy) {
        return new Period("FY" + fy, FiscalYear.start(fy), FiscalYear.end(fy));
    }

    /** Parses a period key; empty when it is not one. */
    public static java.util.Optional<Period> parse(String key) {
        if (key == null) {
            return java.util.Optional.empty();
        }
        try {
            if (key.matches("FY\\d{4}")) {
                return java.util.Optional.of(fiscalYear(Integer.parseInt(key.substring(2))));
            }
            if (key.matches("\\d{4}-\\d{2}")) {
                return java.util.Optional.of(month(YearMonth.parse(key)));
            }
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    public boolean isFiscalYear() {
        return key.startsWith("FY");
    }

    public int fiscalYear() {
        return FiscalYear.of(start);
    }

    /** 2026年7月 / 令和8年度. */
    public String labelJa() {
        if (isFiscalYear()) {
            return FiscalYear.japaneseLabel(fiscalYear());
        }
        return start.getYear() + "年" + start.getMonthValue() + "月";
    }
}
