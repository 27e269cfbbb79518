package jp.go.jisso.seed;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.go.jisso.common.JissoConfig;
import jp.go.jisso.project.Project;
import org.jboss.logging.Logger;

/** Loads the real starting data (and, when configured, the demo data) on the first start. */
@ApplicationScoped
public class StartupSeeder {

    private static final Logger LOG = Logger.getLogger(StartupSeeder.class);
    static final String BUNDLED_PROJECTS = "seed/selected-projects.csv";
    /** Serialises the seed between backend instances starting together. */
    private static final long SEED_LOCK = 0x4A4953534F01L;

    @Inject
    JissoConfig config;

    @Inject
    SelectedProjectsLoader projects;

    @Inject
    DemoData demo;

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        em.createNativeQuery("select pg_advisory_xact_lock(" + SEED_LOCK + ")").getSingleResult();
        if (Project.count() == 0) {
            try (Reader reader = openSeed()) {
                int created = projects.load(reader);
                LOG.infof("Loaded %d selected projects from %s", created, config.seed().file().orElse(BUNDLED_PROJECTS));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (config.seed().demoData()) {
            demo.ensure();
        }
    }

    private Reader openSeed() throws IOException {
        if (config.seed().file().isPresent()) {
            return Files.newBufferedReader(Path.of(config.seed().file().get()), StandardCharsets.UTF_8);
        }
        return new InputStreamReader(
                Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED_PROJECTS), StandardCharsets.UTF_8);
    }
}
