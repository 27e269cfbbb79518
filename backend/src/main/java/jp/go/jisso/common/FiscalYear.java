package jp.go.jisso.common;

import java.time.LocalDate;

/** Japanese fiscal years run from 1 April to 31 March of the next calendar year. */
public final class FiscalYear {

    private FiscalYear() {}

    public static LocalDate start(int fy) {
        return LocalDate.of(fy, 4, 1);
    }

    public static LocalDate end(int fy) {
        return LocalDate.of(fy + 1, 3, 31);
    }

    public static int of(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    /** 和暦 label of a fiscal year: FY2018 → 平成30年度, FY2019 → 令和元年度, FY2021 → 令和3年度. */
    public static String japaneseLabel(int fy) {
        if (fy >= 2019) {
            int year = fy - 2018;
            return "令和" + (year == 1 ? "元" : String.valueOf(year)) + "年度";
        }
        int year = fy - 1988;
        return "平成" + (year == 1 ? "元" : String.valueOf(year)) + "年度";
    }
}
