package jp.go.jisso.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "jisso")
public interface JissoConfig {

    /** Seed data loaded at start when the project tables are empty. */
    Seed seed();

    interface Seed {
        /** A selected-projects CSV on disk; the copy bundled in the application when empty. */
        Optional<String> file();

        /** Load demo people, assignments and sub-projects (make run, end-to-end tests, compose). */
        @WithDefault("false")
        boolean demoData();
    }
}
