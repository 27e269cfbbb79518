package jp.go.jisso.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date in Japan, where the programme's deadlines and fiscal years are counted. */
@ApplicationScoped
public class Today {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private Clock clock = Clock.system(JAPAN);

    public LocalDate get() {
        return LocalDate.now(clock);
    }

    /** For tests that need another day. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
