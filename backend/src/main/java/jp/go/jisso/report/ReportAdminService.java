package jp.go.jisso.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import jp.go.jisso.access.Caller;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.Validation;
import jp.go.jisso.person.Person;
import jp.go.jisso.report.dto.GenerationInput;
import jp.go.jisso.report.dto.GenerationResult;
import jp.go.jisso.report.dto.NotificationView;
import jp.go.jisso.report.dto.ReminderRunInput;
import jp.go.jisso.report.dto.ReminderRunResult;

/** The Cabinet Office's manual runs of generation and reminders, and each person's notifications. */
@ApplicationScoped
public class ReportAdminService {

    @Inject
    ReportAccess access;

    @Inject
    SheetGenerator generator;

    @Inject
    ReminderService reminders;

    @Inject
    ReportClock clock;

    @Inject
    EntityManager em;

    @Transactional
    public GenerationResult generate(Caller caller, GenerationInput input) {
        access.require(access.isCabinetOffice(caller), "Sheets are opened by the Cabinet Office secretariat (and the daily job).");
        LocalDate today = clock.today();
        LocalDate until = input == null || input.until() == null ? today : input.until();
        if (until.isAfter(today.plusYears(1))) {
            Validation.empty().add("until", "OUT_OF_RANGE", "at most one year ahead (" + today.plusYears(1) + ")").throwIfAny();
        }
        em.createNativeQuery("select pg_advisory_xact_lock(" + ReportJob.JOB_LOCK + ")").getSingleResult();
        return generator.generateUntil(until, caller);
    }

    @Transactional
    public ReminderRunResult remind(Caller caller, ReminderRunInput input) {
        access.require(access.isCabinetOffice(caller), "Reminders are sent by the Cabinet Office secretariat (and the daily job).");
        LocalDate asOf = input == null || input.asOf() == null ? clock.today() : input.asOf();
        em.createNativeQuery("select pg_advisory_xact_lock(" + ReportJob.JOB_LOCK + ")").getSingleResult();
        return reminders.run(asOf);
    }

    public NotificationView.Page notifications(Caller caller) {
        Person me = Person.findBySubject(caller.subject()).orElse(null);
        if (me == null) {
            return new NotificationView.Page(List.of(), 0);
        }
        List<NotificationView> items = ReportNotification.<ReportNotification>find("person = ?1 order by createdAt desc, id desc", me)
                .page(0, 50).list().stream().map(NotificationView::of).toList();
        long unread = ReportNotification.count("person = ?1 and readAt is null", me);
        return new NotificationView.Page(items, unread);
    }

    @Transactional
    public NotificationView markRead(Caller caller, long id) {
        Person me = Person.findBySubject(caller.subject()).orElse(null);
        ReportNotification n = me == null ? null
                : ReportNotification.<ReportNotification>find("id = ?1 and person = ?2", id, me).firstResult();
        if (n == null) {
            throw ApiException.notFound("Notification " + id);
        }
        if (n.readAt == null) {
            n.readAt = java.time.Instant.now();
        }
        return NotificationView.of(n);
    }
}
