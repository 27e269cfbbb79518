package jp.go.jisso.report.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japanese public holidays computed from the rules of 国民の祝日に関する法律 (Act on National
 * Holidays) as amended, instead of a typed list that runs out: fixed days, the Happy Monday
 * days, the spring and autumn equinox days by the standard astronomical approximation
 * (valid 1980–2099; the National Astronomical Observatory announces each year's days in the
 * February before, and they have matched this formula for every year of the programme),
 * 振替休日 (a holiday on Sunday moves to the next non-holiday) and 国民の休日 (a day between
 * two holidays). The one-off days set by special acts are rules too: the 2019 enthronement
 * days and the Tokyo 2020 Olympic moves of 2020 and 2021. A law change is a code change here
 * with a test (docs/reports.md, "Holidays").
 */
public final class JapaneseHolidays {

    private static final Map<Integer, Map<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private JapaneseHolidays() {}

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).containsKey(date);
    }

    public static Optional<String> name(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }

    public static boolean isBusinessDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /** The date itself when it is a business day, otherwise the next business day. */
    public static LocalDate onOrNextBusinessDay(LocalDate date) {
        LocalDate d = date;
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** All holidays of a calendar year (1980..2099), in date order, with their Japanese names. */
    public static Map<LocalDate, String> of(int year) {
        if (year < 1980 || year > 2099) {
            throw new IllegalArgumentException("Holiday rules are implemented for 1980..2099, not " + year);
        }
        return CACHE.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    private static Map<LocalDate, String> compute(int y) {
        TreeMap<LocalDate, String> h = new TreeMap<>();
        h.put(LocalDate.of(y, 1, 1), "元日");
        if (y >= 2000) {
            h.put(nthMonday(y, Month.JANUARY, 2), "成人の日");
        } else {
            h.put(LocalDate.of(y, 1, 15), "成人の日");
        }
        h.put(LocalDate.of(y, 2, 11), "建国記念の日");
        if (y >= 2020) {
            h.put(LocalDate.of(y, 2, 23), "天皇誕生日");
        } else if (y >= 1989 && y <= 2018) {
            h.put(LocalDate.of(y, 12, 23), "天皇誕生日");
        }
        h.put(LocalDate.of(y, 3, springEquinoxDay(y)), "春分の日");
        if (y >= 2007) {
            h.put(LocalDate.of(y, 4, 29), "昭和の日");
            h.put(LocalDate.of(y, 5, 4), "みどりの日");
        } else {
            h.put(LocalDate.of(y, 4, 29), y >= 1989 ? "みどりの日" : "天皇誕生日");
        }
        h.put(LocalDate.of(y, 5, 3), "憲法記念日");
        h.put(LocalDate.of(y, 5, 5), "こどもの日");
        if (y == 2019) {
            // 天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律 (平成30年法律第99号)
            h.put(LocalDate.of(2019, 5, 1), "即位の日");
            h.put(LocalDate.of(2019, 10, 22), "即位礼正殿の儀の行われる日");
        }
        // 海の日, 山の日, スポーツの日: moved in 2020 and 2021 by the Tokyo Olympic special measures act.
        if (y == 2020) {
            h.put(LocalDate.of(2020, 7, 23), "海の日");
            h.put(LocalDate.of(2020, 7, 24), "スポーツの日");
            h.put(LocalDate.of(2020, 8, 10), "山の日");
        } else if (y == 2021) {
            h.put(LocalDate.of(2021, 7, 22), "海の日");
            h.put(LocalDate.of(2021, 7, 23), "スポーツの日");
            h.put(LocalDate.of(2021, 8, 8), "山の日");
        } else {
            if (y >= 2003) {
                h.put(nthMonday(y, Month.JULY, 3), "海の日");
            } else if (y >= 1996) {
                h.put(LocalDate.of(y, 7, 20), "海の日");
            }
            if (y >= 2016) {
                h.put(LocalDate.of(y, 8, 11), "山の日");
            }
            if (y >= 2000) {
                h.put(nthMonday(y, Month.OCTOBER, 2), y >= 2020 ? "スポーツの日" : "体育の日");
            } else {
                h.put(LocalDate.of(y, 10, 10), "体育の日");
            }
        }
        if (y >= 2003) {
            h.put(nthMonday(y, Month.SEPTEMBER, 3), "敬老の日");
        } else {
            h.put(LocalDate.of(y, 9, 15), "敬老の日");
        }
        h.put(LocalDate.of(y, 9, autumnEquinoxDay(y)), "秋分の日");
        h.put(LocalDate.of(y, 11, 3), "文化の日");
        h.put(LocalDate.of(y, 11, 23), "勤労感謝の日");

        // 国民の休日 (Art. 3(3)): a day that is not a holiday, between two holidays (since 1985).
        TreeMap<LocalDate, String> sandwiched = new TreeMap<>();
        for (LocalDate d : h.keySet()) {
            LocalDate next = d.plusDays(1);
            if (!h.containsKey(next) && h.containsKey(d.plusDays(2)) && next.getDayOfWeek() != DayOfWeek.SUNDAY) {
                sandwiched.put(next, "国民の休日");
            }
        }
        h.putAll(sandwiched);

        // 振替休日 (Art. 3(2)): a holiday on a Sunday makes the nearest following non-holiday a holiday (since 2007;
        // before 2007 only the Monday, which gives the same days for the years computed here).
        TreeMap<LocalDate, String> substitutes = new TreeMap<>();
        for (LocalDate d : h.keySet()) {
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate s = d.plusDays(1);
                while (h.containsKey(s) || substitutes.containsKey(s)) {
                    s = s.plusDays(1);
                }
                substitutes.put(s, "振替休日");
            }
        }
        h.putAll(substitutes);
        return java.util.Collections.unmodifiableMap(h);
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    /** 春分日 by the usual approximation for 1980–2099. */
    static int springEquinoxDay(int y) {
        return (int) Math.floor(20.8431 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4.0));
    }

    /** 秋分日 by the usual approximation for 1980–2099. */
    static int autumnEquinoxDay(int y) {
        return (int) Math.floor(23.2488 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4.0));
    }
}
