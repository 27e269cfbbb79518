package jp.go.jisso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.go.jisso.report.calendar.JapaneseHolidays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The computed calendar against the holidays published by the Cabinet Office (内閣府「国民の祝日について」). */
class JapaneseHolidaysTest {

    static final Map<Integer, String> KNOWN = Map.ofEntries(
            Map.entry(2019, "01-01 01-14 02-11 03-21 04-29 04-30 05-01 05-02 05-03 05-04 05-05 05-06 07-15 08-11 08-12 09-16 09-23 10-14 10-22 11-03 11-04 11-23"),
            Map.entry(2020, "01-01 01-13 02-11 02-23 02-24 03-20 04-29 05-03 05-04 05-05 05-06 07-23 07-24 08-10 09-21 09-22 11-03 11-23"),
            Map.entry(2021, "01-01 01-11 02-11 02-23 03-20 04-29 05-03 05-04 05-05 07-22 07-23 08-08 08-09 09-20 09-23 11-03 11-23"),
            Map.entry(2022, "01-01 01-10 02-11 02-23 03-21 04-29 05-03 05-04 05-05 07-18 08-11 09-19 09-23 10-10 11-03 11-23"),
            Map.entry(2023, "01-01 01-02 01-09 02-11 02-23 03-21 04-29 05-03 05-04 05-05 07-17 08-11 09-18 09-23 10-09 11-03 11-23"),
            Map.entry(2024, "01-01 01-08 02-11 02-12 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-15 08-11 08-12 09-16 09-22 09-23 10-14 11-03 11-04 11-23"),
            Map.entry(2025, "01-01 01-13 02-11 02-23 02-24 03-20 04-29 05-03 05-04 05-05 05-06 07-21 08-11 09-15 09-23 10-13 11-03 11-23 11-24"),
            Map.entry(2026, "01-01 01-12 02-11 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-20 08-11 09-21 09-22 09-23 10-12 11-03 11-23"),
            Map.entry(2027, "01-01 01-11 02-11 02-23 03-21 03-22 04-29 05-03 05-04 05-05 07-19 08-11 09-20 09-23 10-11 11-03 11-23"),
            Map.entry(2028, "01-01 01-10 02-11 02-23 03-20 04-29 05-03 05-04 05-05 07-17 08-11 09-18 09-22 10-09 11-03 11-23"),
            Map.entry(2029, "01-01 01-08 02-11 02-12 02-23 03-20 04-29 04-30 05-03 05-04 05-05 07-16 08-11 09-17 09-23 09-24 10-08 11-03 11-23"),
            Map.entry(2030, "01-01 01-14 02-11 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-15 08-11 08-12 09-16 09-23 10-14 11-03 11-04 11-23"));

    static List<Integer> years() {
        return KNOWN.keySet().stream().sorted().toList();
    }

    @ParameterizedTest(name = "the computed holidays of {0} are exactly the published ones")
    @MethodSource("years")
    void theComputedHolidaysOfAYearAreExactlyThePublishedOnes(int year) {
        List<LocalDate> expected = Arrays.stream(KNOWN.get(year).split(" "))
                .map(md -> LocalDate.parse(year + "-" + md)).toList();
        assertThat(JapaneseHolidays.of(year).keySet()).containsExactlyElementsOf(expected);
    }

    @Test
    void substituteHolidaysAndSandwichedDaysCarryTheirNames() {
        assertThat(JapaneseHolidays.name(LocalDate.of(2026, 5, 6))).contains("振替休日");
        assertThat(JapaneseHolidays.name(LocalDate.of(2026, 9, 22))).contains("国民の休日");
        assertThat(JapaneseHolidays.name(LocalDate.of(2019, 5, 1))).contains("即位の日");
        assertThat(JapaneseHolidays.name(LocalDate.of(2021, 7, 23))).contains("スポーツの日");
        assertThat(JapaneseHolidays.name(LocalDate.of(2026, 12, 3))).isEmpty();
    }

    @Test
    void aDueDateOnAWeekendOrHolidayMovesToTheNextBusinessDay() {
        // Saturday 2026-05-02 → Sun 3, Mon 4 (みどりの日), Tue 5 (こどもの日), Wed 6 (振替休日) → Thu 7
        assertThat(JapaneseHolidays.onOrNextBusinessDay(LocalDate.of(2026, 5, 2))).isEqualTo(LocalDate.of(2026, 5, 7));
        // Sunday 2025-08-10 → Mon 11 is 山の日 → Tue 12
        assertThat(JapaneseHolidays.onOrNextBusinessDay(LocalDate.of(2025, 8, 10))).isEqualTo(LocalDate.of(2025, 8, 12));
        assertThat(JapaneseHolidays.onOrNextBusinessDay(LocalDate.of(2026, 12, 3))).isEqualTo(LocalDate.of(2026, 12, 3));
        // 2027-01-01 is a Friday holiday → Monday 2027-01-04
        assertThat(JapaneseHolidays.onOrNextBusinessDay(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 4));
    }
}
