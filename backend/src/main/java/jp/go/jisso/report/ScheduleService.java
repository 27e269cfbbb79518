package jp.go.jisso.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.go.jisso.access.Caller;
import jp.go.jisso.audit.AuditLog;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.ErrorCodes;
import jp.go.jisso.common.Validation;
import jp.go.jisso.common.Versions;
import jp.go.jisso.report.dto.ScheduleInput;
import jp.go.jisso.report.dto.ScheduleView;

/** The reporting schedule: read and changed by the Cabinet Office only. */
@ApplicationScoped
public class ScheduleService {

    static final String RECORD = "ReportSchedule";

    @Inject
    ReportAccess access;

    @Inject
    AuditLog audit;

    @Inject
    ReportClock clock;

    public ReportSchedule get(Caller caller, SheetType type) {
        requireCao(caller);
        return ReportSchedule.<ReportSchedule>findByIdOptional(type).orElseThrow(() -> ApiException.notFound("Schedule " + type));
    }

    public List<ReportSchedule> all(Caller caller) {
        requireCao(caller);
        return ReportSchedule.<ReportSchedule>listAll().stream()
                .sorted(java.util.Comparator.comparing((ReportSchedule s) -> s.sheetType)).toList();
    }

    void requireCao(Caller caller) {
        access.require(access.isCabinetOffice(caller), "The reporting schedule is set by the Cabinet Office secretariat.");
    }

    @Transactional
    public ReportSchedule update(Caller caller, SheetType type, String ifMatch, ScheduleInput input) {
        ReportSchedule s = get(caller, type);
        Versions.requireMatch(ifMatch, s.version);
        Validation v = Validation.empty();
        if (input == null) {
            v.add("", "REQUIRED", "A request body is required");
            v.throwIfAny();
        }
        Cadence cadence = null;
        if (input.cadence() == null) {
            v.add("cadence", "REQUIRED", "MONTHLY or YEARLY");
        } else {
            try {
                cadence = Cadence.valueOf(input.cadence());
            } catch (IllegalArgumentException e) {
                v.add("cadence", ErrorCodes.FIELD_UNKNOWN_VALUE, "MONTHLY or YEARLY");
            }
        }
        if (cadence == Cadence.MONTHLY && (type == SheetType.EXPENSE || type == SheetType.ISSUE)) {
            v.add("cadence", "YEARLY_ONLY", type + " is a yearly sheet");
        }
        if (input.dueDay() == null || input.dueDay() < 1 || input.dueDay() > 31) {
            v.add("dueDay", ErrorCodes.FIELD_OUT_OF_RANGE, "1..31 (a day past the month's end means its last day)");
        }
        if (cadence == Cadence.YEARLY && (input.dueMonth() == null || input.dueMonth() < 1 || input.dueMonth() > 12)) {
            v.add("dueMonth", ErrorCodes.FIELD_OUT_OF_RANGE, "1..12 for a yearly sheet");
        }
        if (cadence == Cadence.MONTHLY && input.dueMonth() != null) {
            v.add("dueMonth", "NOT_ALLOWED", "a monthly sheet is due in the month after its period");
        }
        if (input.startsOn() == null) {
            v.add("startsOn", "REQUIRED", "the first day from which periods get sheets");
        } else if (input.startsOn().isBefore(LocalDate.of(2018, 4, 1))) {
            v.add("startsOn", ErrorCodes.FIELD_OUT_OF_RANGE, "the programme started on 2018-04-01");
        }
        if (input.reminderDaysBefore() == null || input.reminderDaysBefore() < 0 || input.reminderDaysBefore() > 60) {
            v.add("reminderDaysBefore", ErrorCodes.FIELD_OUT_OF_RANGE, "0..60");
        }
        v.throwIfAny();
        ScheduleView before = view(s);
        s.cadence = cadence;
        s.dueDay = input.dueDay();
        s.dueMonth = cadence == Cadence.YEARLY ? input.dueMonth() : null;
        s.startsOn = input.startsOn();
        s.reminderDaysBefore = input.reminderDaysBefore();
        s.updatedAt = Instant.now();
        s.persistAndFlush();
        audit.record(caller, "UPDATE", RECORD, null, null, before, view(s));
        return s;
    }

    public ScheduleView view(ReportSchedule s) {
        List<ScheduleView.UpcomingDue> upcoming = new ArrayList<>();
        LocalDate today = clock.today();
        Period p = DueRules.periodOf(s, today.isBefore(s.startsOn) ? s.startsOn : today);
        for (int i = 0; i < 3; i++) {
            upcoming.add(new ScheduleView.UpcomingDue(p.key(), p.labelJa(), DueRules.opensOn(s.sheetType, p), DueRules.dueDate(s, p)));
            p = DueRules.next(s, p);
        }
        return new ScheduleView(s.sheetType, s.sheetType.labelJa, s.cadence, s.dueDay, s.dueMonth, s.startsOn,
                s.reminderDaysBefore, ruleJa(s), upcoming, s.version);
    }

    static String ruleJa(ReportSchedule s) {
        String due;
        if (s.cadence == Cadence.MONTHLY) {
            due = "毎月、対象月の翌月" + s.dueDay + "日";
        } else if (s.sheetType == SheetType.EXPENSE) {
            due = "毎年度、前年度分を" + s.dueMonth + "月" + s.dueDay + "日";
        } else {
            due = "毎年度、当該年度の" + s.dueMonth + "月" + s.dueDay + "日";
        }
        return due + "まで（土日・祝日の場合は翌開庁日）";
    }
}
