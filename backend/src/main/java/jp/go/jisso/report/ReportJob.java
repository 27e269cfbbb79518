package jp.go.jisso.report;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import jp.go.jisso.report.dto.GenerationResult;
import jp.go.jisso.report.dto.ReminderRunResult;
import org.jboss.logging.Logger;

/**
 * The daily follow-up job: opens the sheets of periods that have begun and sends reminders.
 * Runs once per day across instances: a transaction-scoped PostgreSQL advisory lock keeps a
 * second instance out while one runs, and the report_job_run row of the day makes a later
 * instance (or a restart) skip a day already done. Everything it does is idempotent anyway.
 */
@ApplicationScoped
public class ReportJob {

    private static final Logger LOG = Logger.getLogger(ReportJob.class);
    /** Advisory lock key of the job ("JISSO" + 0x20). */
    static final long JOB_LOCK = 0x4A4953534F20L;

    @Inject
    EntityManager em;

    @Inject
    SheetGenerator generator;

    @Inject
    ReminderService reminders;

    @Inject
    ReportClock clock;

    @Scheduled(identity = "jisso-reports-daily", cron = "${jisso.reports.job-cron:0 10 6 * * ?}", timeZone = "Asia/Tokyo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        runOnce(clock.today());
    }

    /** @return false when another instance holds the lock or the day was done already */
    @Transactional
    public boolean runOnce(LocalDate today) {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(" + JOB_LOCK + ")").getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            LOG.info("Daily report job: another instance is running it");
            return false;
        }
        int claimed = em.createNativeQuery("insert into report_job_run (run_on) values (:d) on conflict do nothing")
                .setParameter("d", today).executeUpdate();
        if (claimed == 0) {
            LOG.infof("Daily report job: %s was done already", today);
            return false;
        }
        GenerationResult opened = generator.generateUntil(today, null);
        ReminderRunResult sent = reminders.run(today);
        em.createNativeQuery("update report_job_run set created = :c, reminders = :r where run_on = :d")
                .setParameter("c", opened.created()).setParameter("r", sent.reminders()).setParameter("d", today).executeUpdate();
        LOG.infof("Daily report job %s: %d sheets opened, %d reminders (%d e-mails)", today, opened.created(), sent.reminders(), sent.emails());
        return true;
    }
}
