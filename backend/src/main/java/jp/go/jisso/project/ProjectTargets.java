package jp.go.jisso.project;

import java.time.LocalDate;
import jp.go.jisso.common.FiscalYear;

/**
 * Programme targets derived from the selection fiscal year: support for 3 fiscal years
 * (extendable by 2 on an approved continuation), 一部実装 within 3 years, 本格実装 within 5.
 */
public final class ProjectTargets {

    public static final int SUPPORT_YEARS = 3;
    public static final int FULL_IMPLEMENTATION_YEARS = 5;

    private ProjectTargets() {}

    public static LocalDate supportStart(int selectionFy) {
        return FiscalYear.start(selectionFy);
    }

    public static LocalDate supportPlannedEnd(int selectionFy) {
        return FiscalYear.end(selectionFy + SUPPORT_YEARS - 1);
    }

    public static LocalDate partialImplementation(int selectionFy) {
        return FiscalYear.end(selectionFy + SUPPORT_YEARS - 1);
    }

    public static LocalDate fullImplementation(int selectionFy) {
        return FiscalYear.end(selectionFy + FULL_IMPLEMENTATION_YEARS - 1);
    }
}
