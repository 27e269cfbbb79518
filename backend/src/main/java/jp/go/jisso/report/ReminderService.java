package jp.go.jisso.report;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import jp.go.jisso.person.Person;
import jp.go.jisso.project.AssignmentKind;
import jp.go.jisso.project.ProjectAssignment;
import jp.go.jisso.report.dto.ReminderRunResult;
import jp.go.jisso.common.JissoConfig;
import org.jboss.logging.Logger;

/**
 * Reminders for sheets still owed: N days before the due date (N per sheet type in the
 * schedule) and from the day after it (within a catch-up window, so a job that missed a day
 * still reminds). Each (sheet, kind) is recorded in report_reminder under a unique key before
 * anything is sent, so no one is ever reminded twice of the same event, across restarts and
 * instances. Recipients: the people of the applicant local governments, or the active officer
 * for opinion sheets; each gets an in-app notification and, with an e-mail address, a mail.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);
    public static final String BEFORE_DUE = "BEFORE_DUE";
    public static final String OVERDUE = "OVERDUE";

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    JissoConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public ReminderRunResult run(LocalDate asOf) {
        int reminders = 0;
        int notifications = 0;
        int emails = 0;
        for (ReportSchedule schedule : ReportSchedule.<ReportSchedule>list("order by sheetType")) {
            List<ReportSheet> soon = owed(schedule.sheetType, asOf, asOf.plusDays(schedule.reminderDaysBefore));
            List<ReportSheet> late = owed(schedule.sheetType, asOf.minusDays(config.reports().overdueReminderWindowDays()), asOf.minusDays(1));
            for (ReportSheet s : soon) {
                int[] sent = remind(s, BEFORE_DUE, asOf);
                reminders += sent[0];
                notifications += sent[1];
                emails += sent[2];
            }
            for (ReportSheet s : late) {
                int[] sent = remind(s, OVERDUE, asOf);
                reminders += sent[0];
                notifications += sent[1];
                emails += sent[2];
            }
        }
        return new ReminderRunResult(asOf, reminders, notifications, emails);
    }

    private List<ReportSheet> owed(SheetType type, LocalDate dueFrom, LocalDate dueTo) {
        return em.createQuery("select r from ReportSheet r join fetch r.project p where r.type = :type and r.status in :owed"
                        + " and r.dueDate between :from and :to order by r.dueDate, r.id", ReportSheet.class)
                .setParameter("type", type).setParameter("owed", SheetStatus.OWED)
                .setParameter("from", dueFrom).setParameter("to", dueTo).getResultList();
    }

    /** @return {reminder events recorded (0 or 1), notifications, e-mails} */
    private int[] remind(ReportSheet s, String kind, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Object> inserted = em.createNativeQuery("insert into report_reminder (sheet_id, kind, sent_on) values (:sheet, :kind, :on)"
                        + " on conflict (sheet_id, kind) do nothing returning id")
                .setParameter("sheet", s.id).setParameter("kind", kind).setParameter("on", asOf).getResultList();
        if (inserted.isEmpty()) {
            return new int[] {0, 0, 0};
        }
        long reminderId = ((Number) inserted.get(0)).longValue();
        List<Person> people = owers(s);
        String subject = (OVERDUE.equals(kind) ? "【Jisso】提出期限を過ぎています: " : "【Jisso】提出期限のお知らせ: ")
                + s.type.labelJa + " " + s.period().labelJa();
        String message = s.project.title + " の" + s.type.labelJa + "（" + s.period().labelJa() + "）の提出期限は "
                + s.dueDate + " です。" + (OVERDUE.equals(kind) ? "期限を過ぎています。提出時に遅延理由を入力してください。" : "");
        int mails = 0;
        StringBuilder errors = new StringBuilder();
        for (Person person : people) {
            ReportNotification n = new ReportNotification();
            n.person = person;
            n.sheet = s;
            n.kind = kind;
            n.message = message;
            n.persist();
            if (config.reports().mail().enabled() && person.email != null && !person.email.isBlank()) {
                try {
                    mailer.send(Mail.withText(person.email, subject, person.name + " 様\n\n" + message
                                    + "\n\n" + config.reports().appUrl() + "/reports/sheets/" + s.id + "\n\n未来技術社会実装事業 フォローアップシステム（Jisso）")
                            .setFrom(config.reports().mail().from())
                            .addHeader("X-Jisso-Sheet", String.valueOf(s.id))
                            .addHeader("X-Jisso-Reminder", kind));
                    mails++;
                } catch (RuntimeException e) {
                    // never retried: a second mail for the same event is worse than a missing one (the in-app notification stays)
                    LOG.warnf(e, "Reminder mail for sheet %d to %s failed", s.id, person.email);
                    errors.append(person.email).append(": ").append(e.getMessage()).append('\n');
                }
            }
        }
        em.createNativeQuery("update report_reminder set recipients = :n, mail_error = :err where id = :id")
                .setParameter("n", people.size()).setParameter("err", errors.isEmpty() ? null : errors.toString())
                .setParameter("id", reminderId).executeUpdate();
        return new int[] {1, people.size(), mails};
    }

    /** The people who owe the sheet. */
    public List<Person> owers(ReportSheet s) {
        if (s.type == SheetType.OPINION) {
            return ProjectAssignment.<ProjectAssignment>list("project = ?1 and kind = ?2 and endDate is null and person is not null",
                    s.project, AssignmentKind.SUPPORT_OFFICER).stream().map(a -> a.person).toList();
        }
        return em.createQuery("select pe from Person pe where pe.organisation in"
                        + " (select ap from Project pa join pa.applicants ap where pa = :p) order by pe.id", Person.class)
                .setParameter("p", s.project).getResultList();
    }
}
