package jp.go.jisso.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today in Japan: due dates and lateness are judged in Japan Standard Time. */
@ApplicationScoped
public class ReportClock {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    public LocalDate today() {
        return LocalDate.now(JAPAN);
    }
}
