package jp.go.jisso.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.ProjectAccess;
import jp.go.jisso.common.PageRequest;
import jp.go.jisso.common.SortOrder;
import jp.go.jisso.common.Today;
import jp.go.jisso.project.dto.ProjectDetail;
import jp.go.jisso.project.dto.ProjectPage;

/** Read side of projects: every query carries the caller's access condition. */
@ApplicationScoped
public class ProjectQueries {

    static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("selectionFy", "p.selectionFy");
        SORTABLE.put("number", "p.number");
        SORTABLE.put("title", "p.title");
        SORTABLE.put("status", "p.status");
    }

    @Inject
    EntityManager em;

    @Inject
    ProjectAccess access;

    @Inject
    Today today;

    public ProjectPage list(Caller caller, ProjectFilter filter, PageRequest page, SortOrder sort) {
        long total = query(caller, filter, "select count(p) from Project p", "", Long.class).getSingleResult();
        List<Project> items = find(caller, filter, page, sort);
        return new ProjectPage(items.stream().map(p -> ProjectMapper.summary(p, today.get())).toList(), page.page(), page.size(), total,
                page.totalPages(total));
    }

    /** The caller's projects matching the filter, in order; all of them when page is null. */
    public List<Project> find(Caller caller, ProjectFilter filter, PageRequest page, SortOrder sort) {
        TypedQuery<Project> query = query(caller, filter, "select p from Project p",
                " order by " + sort.jpql() + ", p.selectionFy, p.number, p.id", Project.class);
        if (page != null) {
            query.setFirstResult(page.offset()).setMaxResults(page.size());
        }
        return query.getResultList();
    }

    private <T> TypedQuery<T> query(Caller caller, ProjectFilter filter, String select, String order, Class<T> type) {
        ProjectAccess.Condition visible = access.readableProjects(caller);
        StringBuilder where = new StringBuilder(" where ").append(visible.jpql());
        Map<String, Object> params = new HashMap<>(visible.params());

        filter.fy().ifPresent(fy -> {
            where.append(" and p.selectionFy = :fy");
            params.put("fy", fy);
        });
        filter.technology().ifPresent(t -> {
            where.append(" and exists (select 1 from Project pt join pt.technologies t where pt = p and t = :technology)");
            params.put("technology", t);
        });
        filter.prefecture().ifPresent(pref -> {
            where.append(" and exists (select 1 from Project pp join pp.applicants o where pp = p and o.code like :prefecture)");
            params.put("prefecture", pref + "%");
        });
        filter.status().ifPresent(s -> {
            where.append(" and p.status = :status");
            params.put("status", s);
        });
        filter.text().ifPresent(q -> {
            where.append(" and (lower(p.title) like :text or exists (select 1 from Project pq join pq.applicants o"
                    + " where pq = p and (o.nameJa like :text or lower(o.nameEn) like :text)))");
            params.put("text", "%" + q.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        });

        TypedQuery<T> query = em.createQuery(select + where + order, type);
        params.forEach(query::setParameter);
        return query;
    }

    public Optional<Project> findReadable(Caller caller, long id) {
        ProjectAccess.Condition visible = access.readableProjects(caller);
        TypedQuery<Project> query = em.createQuery(
                "select p from Project p where p.id = :id and " + visible.jpql(), Project.class);
        query.setParameter("id", id);
        visible.params().forEach(query::setParameter);
        return query.getResultStream().findFirst();
    }

    public ProjectAssignment activeOfficer(Project p) {
        return ProjectAssignment.<ProjectAssignment>find(
                        "project = ?1 and kind = ?2 and endDate is null", p, AssignmentKind.SUPPORT_OFFICER)
                .firstResult();
    }
}
