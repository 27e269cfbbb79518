package jp.go.jisso.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.Role;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.PageRequest;
import jp.go.jisso.common.SortOrder;
import jp.go.jisso.project.AssignmentKind;
import jp.go.jisso.report.dto.SheetPage;
import jp.go.jisso.report.dto.SheetSummary;
import jp.go.jisso.report.dto.TaskPage;
import jp.go.jisso.report.dto.TaskView;

/** Read side of sheets: every query carries the caller's access condition. */
@ApplicationScoped
public class SheetQueries {

    public static final Map<String, String> SORTABLE = new LinkedHashMap<>();
    /** The overdue view: daysOverdue ascending is the due date descending. */
    public static final Map<String, String> OVERDUE_SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("dueDate", "r.dueDate");
        SORTABLE.put("period", "r.periodStart");
        SORTABLE.put("type", "r.type");
        SORTABLE.put("status", "r.status");
        SORTABLE.put("project", "p.selectionFy, p.number");
        OVERDUE_SORTABLE.put("daysOverdue", "r.dueDate");
        OVERDUE_SORTABLE.put("dueDate", "r.dueDate");
        OVERDUE_SORTABLE.put("project", "p.selectionFy, p.number");
        OVERDUE_SORTABLE.put("type", "r.type");
    }

    public record Filter(Optional<Long> projectId, Optional<SheetType> type, Optional<SheetStatus> status,
                         Optional<String> period, Optional<Boolean> flagged) {}

    @Inject
    EntityManager em;

    @Inject
    ReportAccess access;

    @Inject
    ReportClock clock;

    public Optional<ReportSheet> findReadable(Caller caller, long id) {
        ReportAccess.Condition c = access.readableSheets(caller);
        TypedQuery<ReportSheet> q = em.createQuery(
                "select r from ReportSheet r join fetch r.project p where r.id = :id and " + c.jpql(), ReportSheet.class);
        q.setParameter("id", id);
        c.params().forEach(q::setParameter);
        return q.getResultStream().findFirst();
    }

    /** The sheets of one project and these periods that the caller may read, in type order. */
    public List<ReportSheet> readableOfProject(Caller caller, long projectId, List<String> periodKeys) {
        ReportAccess.Condition c = access.readableSheets(caller);
        TypedQuery<ReportSheet> q = em.createQuery("select r from ReportSheet r join fetch r.project p where p.id = :projectId"
                + " and r.periodKey in :periods and " + c.jpql() + " order by r.type, r.periodKey", ReportSheet.class);
        q.setParameter("projectId", projectId).setParameter("periods", periodKeys);
        c.params().forEach(q::setParameter);
        return q.getResultList();
    }

    public ReportSheet require(Caller caller, long id) {
        return findReadable(caller, id).orElseThrow(() -> ApiException.notFound("Sheet " + id));
    }

    public SheetPage list(Caller caller, Filter f, PageRequest page, SortOrder sort) {
        ReportAccess.Condition c = access.readableSheets(caller);
        StringBuilder where = new StringBuilder(" where ").append(c.jpql());
        Map<String, Object> params = new HashMap<>(c.params());
        f.projectId().ifPresent(v -> { where.append(" and p.id = :projectId"); params.put("projectId", v); });
        f.type().ifPresent(v -> { where.append(" and r.type = :type"); params.put("type", v); });
        f.status().ifPresent(v -> { where.append(" and r.status = :status"); params.put("status", v); });
        f.period().ifPresent(v -> { where.append(" and r.periodKey = :period"); params.put("period", v); });
        f.flagged().ifPresent(v -> where.append(v ? " and (r.divergent = true or r.duplicateFunding = true)"
                : " and r.divergent = false and r.duplicateFunding = false"));
        return page(where.toString(), params, page, orderBy(sort, false) + ", r.type, p.selectionFy, p.number, r.id");
    }

    /** All sheets still owed after their due date, across the programme (the Cabinet Office's view). */
    public SheetPage overdue(Caller caller, Optional<SheetType> type, PageRequest page, String orderBy) {
        if (!access.isCabinetOffice(caller)) {
            throw ApiException.forbidden("Only the Cabinet Office secretariat sees the programme-wide overdue list.");
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where r.status in :owed and r.dueDate < :today");
        params.put("owed", SheetStatus.OWED);
        params.put("today", clock.today());
        type.ifPresent(v -> { where.append(" and r.type = :type"); params.put("type", v); });
        return page(where.toString(), params, page, orderBy + ", p.selectionFy, p.number, r.type, r.id");
    }

    /** ORDER BY of a validated sort; the direction applies to every part. {@code invert} for daysOverdue (= due date reversed). */
    public static String orderBy(SortOrder sort, boolean invert) {
        String dir = sort.descending() != invert ? " desc" : " asc";
        return String.join(", ", java.util.Arrays.stream(sort.expression().split(",")).map(e -> e.trim() + dir).toList());
    }

    public static String overdueOrderBy(String raw) {
        SortOrder sort = SortOrder.parse(raw, OVERDUE_SORTABLE, "-daysOverdue");
        String field = (raw == null || raw.isBlank() ? "-daysOverdue" : raw.trim()).replaceFirst("^-", "");
        return orderBy(sort, field.equals("daysOverdue"));
    }

    public List<ReportSheet> overdueAll(Optional<SheetType> type, String orderBy) {
        TypedQuery<ReportSheet> q = em.createQuery("select r from ReportSheet r join fetch r.project p"
                + " where r.status in :owed and r.dueDate < :today" + (type.isPresent() ? " and r.type = :type" : "")
                + " order by " + orderBy + ", p.selectionFy, p.number, r.type, r.id", ReportSheet.class);
        q.setParameter("owed", SheetStatus.OWED).setParameter("today", clock.today());
        type.ifPresent(t -> q.setParameter("type", t));
        return q.setMaxResults(10_000).getResultList();
    }

    private SheetPage page(String where, Map<String, Object> params, PageRequest page, String orderBy) {
        TypedQuery<Long> count = em.createQuery("select count(r) from ReportSheet r join r.project p" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        TypedQuery<ReportSheet> q = em.createQuery("select r from ReportSheet r join fetch r.project p" + where
                + " order by " + orderBy, ReportSheet.class);
        params.forEach(q::setParameter);
        LocalDate today = clock.today();
        List<SheetSummary> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(s -> SheetSummary.of(s, today)).toList();
        return new SheetPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    /**
     * What the caller owes, soonest due first: sheets to fill or revise (local governments: their
     * projects' progress, issue and expense sheets; the active officer: opinion sheets) and, for
     * the Cabinet Office, submitted sheets to review.
     */
    public TaskPage tasks(Caller caller, PageRequest page) {
        java.util.List<String> anyOf = new java.util.ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Long orgId = caller.organisation().map(o -> o.id).orElse(null);
        if (caller.hasRole(Role.LOCAL_GOVERNMENT) && orgId != null) {
            anyOf.add("(r.type <> :opinion and r.status in :owed and exists (select 1 from Project pa join pa.applicants ap"
                    + " where pa = p and ap.id = :orgId))");
            params.put("opinion", SheetType.OPINION);
            params.put("orgId", orgId);
            params.put("owed", SheetStatus.OWED);
        }
        if (caller.hasRole(Role.SUPPORT_OFFICER) && caller.subject() != null) {
            anyOf.add("(r.type = :opinion and r.status in :owed and " + ReportAccess.activeOfficerOf("p") + ")");
            params.put("opinion", SheetType.OPINION);
            params.put("owed", SheetStatus.OWED);
            params.put("rOfficerKind", AssignmentKind.SUPPORT_OFFICER);
            params.put("rSubject", caller.subject());
        }
        if (access.isCabinetOffice(caller)) {
            anyOf.add("r.status in :review");
            params.put("review", SheetStatus.AWAITING_REVIEW);
        }
        if (anyOf.isEmpty()) {
            return new TaskPage(List.of(), page.page(), page.size(), 0, 0);
        }
        String where = " where (" + String.join(" or ", anyOf) + ")";
        SheetPage sheets = page(where, params, page, "r.dueDate asc, p.selectionFy, p.number, r.type, r.id");
        LocalDate today = clock.today();
        List<TaskView> items = sheets.items().stream().map(s -> new TaskView(s,
                SheetStatus.AWAITING_REVIEW.contains(s.status()) ? "REVIEW" : s.status() == SheetStatus.RETURNED ? "REVISE" : "FILL",
                (int) ChronoUnit.DAYS.between(today, s.dueDate()))).toList();
        return new TaskPage(items, sheets.page(), sheets.size(), sheets.totalItems(), sheets.totalPages());
    }

    public List<ReportRevision> revisions(ReportSheet s) {
        return ReportRevision.list("sheet = ?1 order by number", s);
    }

    public Optional<ReportRevision> revision(ReportSheet s, int number) {
        return ReportRevision.find("sheet = ?1 and number = ?2", s, number).firstResultOptional();
    }

    public List<ReportReview> reviews(ReportSheet s) {
        return ReportReview.list("sheet = ?1 order by createdAt, id", s);
    }

    public Optional<ReportReview> lastDecision(ReportSheet s) {
        return ReportReview.find("sheet = ?1 and action in ?2 order by createdAt desc, id desc", s,
                List.of(ReportReview.Action.RETURN, ReportReview.Action.ACCEPT)).firstResultOptional();
    }
}
