package jp.go.jisso.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "jisso")
public interface JissoConfig {

    /** Seed data loaded at start when the project tables are empty. */
    Seed seed();

    /** Follow-up reports: reminders and the daily job. */
    Reports reports();

    interface Reports {
        Mail mail();

        /** How many days after the due date an overdue sheet still gets its one overdue reminder. */
        @WithDefault("7")
        int overdueReminderWindowDays();

        /** Base URL of the SPA, for links in reminder e-mails. */
        @WithDefault("http://localhost:5173")
        String appUrl();

        /** When the daily job (sheet generation, reminders) runs, Japan time. */
        @WithDefault("0 10 6 * * ?")
        String jobCron();

        interface Mail {
            @WithDefault("jisso-noreply@localhost")
            String from();

            @WithDefault("true")
            boolean enabled();
        }
    }

    interface Seed {
        /** A selected-projects CSV on disk; the copy bundled in the application when empty. */
        Optional<String> file();

        /** Load demo people, assignments and sub-projects (make run, end-to-end tests, compose). */
        @WithDefault("false")
        boolean demoData();
    }
}
