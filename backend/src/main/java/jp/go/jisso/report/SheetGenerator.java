package jp.go.jisso.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.go.jisso.access.Caller;
import jp.go.jisso.audit.AuditLog;
import jp.go.jisso.report.dto.GenerationResult;

/**
 * Opens one sheet per project in support, sheet type and period. Idempotent: the insert skips
 * existing (project, type, period) rows through the unique constraint, so any number of runs,
 * also concurrent ones, give each sheet once. Projects whose support ended get no new sheets;
 * a project gets sheets from the period in which its support starts.
 */
@ApplicationScoped
public class SheetGenerator {

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public GenerationResult generateUntil(LocalDate until, Caller caller) {
        Map<SheetType, Integer> byType = new EnumMap<>(SheetType.class);
        int total = 0;
        for (ReportSchedule s : ReportSchedule.<ReportSchedule>list("order by sheetType")) {
            int created = 0;
            for (Period p : DueRules.periodsOpenedBy(s, until)) {
                created += open(s.sheetType, p, DueRules.dueDate(s, p), null, caller);
            }
            byType.put(s.sheetType, created);
            total += created;
        }
        return new GenerationResult(until, total, byType);
    }

    /** Opens the sheet of one project (or of every eligible project when projectId is null); returns how many were new. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public int open(SheetType type, Period period, LocalDate due, Long projectId, Caller caller) {
        var query = em.createNativeQuery(
                        "insert into report_sheet (project_id, sheet_type, period_key, period_start, period_end, due_date)"
                                + " select p.id, :type, :key, :start, :end, :due from project p"
                                + " where p.status <> 'SUPPORT_ENDED' and p.support_start <= :end"
                                + (projectId == null ? "" : " and p.id = :projectId")
                                + " order by p.id"
                                + " on conflict (project_id, sheet_type, period_key) do nothing returning id, project_id")
                .setParameter("type", type.name()).setParameter("key", period.key())
                .setParameter("start", period.start()).setParameter("end", period.end()).setParameter("due", due);
        if (projectId != null) {
            query.setParameter("projectId", projectId);
        }
        List<Object[]> created = query.getResultList();
        for (Object[] row : created) {
            long sheetId = ((Number) row[0]).longValue();
            long project = ((Number) row[1]).longValue();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("type", type.name());
            after.put("periodKey", period.key());
            after.put("dueDate", due.toString());
            after.put("projectId", project);
            if (caller == null) {
                Map<String, Object> changes = new LinkedHashMap<>();
                after.forEach((k, v) -> changes.put(k, Map.of("after", v)));
                audit.system("OPEN", SheetService.RECORD, sheetId, changes);
            } else {
                audit.record(caller, "OPEN", SheetService.RECORD, sheetId, new AuditLog.Scope("Project", project), null, after);
            }
        }
        return created.size();
    }
}
