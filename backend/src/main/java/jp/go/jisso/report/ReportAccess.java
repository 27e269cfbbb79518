package jp.go.jisso.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.ProjectAccess;
import jp.go.jisso.access.Role;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.project.AssignmentKind;
import jp.go.jisso.project.Project;
import jp.go.jisso.project.ProjectAssignment;

/**
 * Who reads and writes which sheets (docs/access-control.md, "Follow-up reports"). Reads are a
 * JPQL condition on the sheet alias {@code r} and its project alias {@code p}, built on the
 * registry's ProjectAccess: a sheet of a project the caller cannot read, or of a type hidden
 * from the caller's role, is not found (404). Writes are checked on a readable sheet (403).
 */
@ApplicationScoped
public class ReportAccess {

    /** Sheet types each role reads on the projects it can see; the active officer reads all types of their projects. */
    static final Map<String, Set<SheetType>> READABLE_TYPES = Map.of(
            Role.LOCAL_GOVERNMENT, EnumSet.of(SheetType.PROGRESS, SheetType.ISSUE, SheetType.EXPENSE),
            Role.MINISTRY_CONTACT, EnumSet.of(SheetType.PROGRESS, SheetType.ISSUE),
            Role.MINISTRY_MEMBER, EnumSet.of(SheetType.PROGRESS, SheetType.ISSUE),
            Role.COMPANY, EnumSet.of(SheetType.PROGRESS, SheetType.ISSUE));

    public record Condition(String jpql, Map<String, Object> params) {}

    @Inject
    ProjectAccess projects;

    /** Condition on {@code r} (ReportSheet) joined to {@code p} (its project). */
    public Condition readableSheets(Caller caller) {
        if (caller.hasRole(Role.CAO)) {
            return new Condition("1 = 1", Map.of());
        }
        ProjectAccess.Condition visible = projects.readableProjects(caller);
        Map<String, Object> params = new HashMap<>(visible.params());
        Set<SheetType> types = EnumSet.noneOf(SheetType.class);
        READABLE_TYPES.forEach((role, t) -> {
            if (caller.hasRole(role)) {
                types.addAll(t);
            }
        });
        StringBuilder byType = new StringBuilder();
        if (!types.isEmpty()) {
            byType.append("r.type in :readableTypes");
            params.put("readableTypes", types);
        }
        if (caller.hasRole(Role.SUPPORT_OFFICER) && caller.subject() != null) {
            if (!byType.isEmpty()) {
                byType.append(" or ");
            }
            byType.append(activeOfficerOf("p"));
            params.put("rOfficerKind", AssignmentKind.SUPPORT_OFFICER);
            params.put("rSubject", caller.subject());
        }
        if (byType.isEmpty()) {
            return new Condition("1 = 0", Map.of());
        }
        return new Condition("(" + visible.jpql() + ") and (" + byType + ")", params);
    }

    static String activeOfficerOf(String projectAlias) {
        return "exists (select 1 from ProjectAssignment ra where ra.project = " + projectAlias
                + " and ra.kind = :rOfficerKind and ra.endDate is null and ra.person.keycloakSubject = :rSubject)";
    }

    public boolean isCabinetOffice(Caller caller) {
        return caller.hasRole(Role.CAO);
    }

    public boolean isActiveOfficer(Caller caller, Project p) {
        return caller.hasRole(Role.SUPPORT_OFFICER) && caller.subject() != null
                && ProjectAssignment.count("project = ?1 and kind = ?2 and endDate is null and person.keycloakSubject = ?3",
                        p, AssignmentKind.SUPPORT_OFFICER, caller.subject()) > 0;
    }

    public boolean isApplicant(Caller caller, Project p) {
        return caller.hasRole(Role.LOCAL_GOVERNMENT)
                && caller.organisation().map(o -> p.applicants.stream().anyMatch(a -> a.id.equals(o.id))).orElse(false);
    }

    /** The writer of a sheet: the applicant local governments, or the active officer for opinion sheets. */
    public boolean canWrite(Caller caller, ReportSheet s) {
        return s.type == SheetType.OPINION ? isActiveOfficer(caller, s.project) : isApplicant(caller, s.project);
    }

    public boolean canReview(Caller caller) {
        return isCabinetOffice(caller);
    }

    /** Review comments without a change of state: the Cabinet Office, and the active officer on progress sheets. */
    public boolean canComment(Caller caller, ReportSheet s) {
        return isCabinetOffice(caller) || (s.type == SheetType.PROGRESS && isActiveOfficer(caller, s.project));
    }

    /** Follow-up entries on one issue: the sheet's writers, the officer, the Cabinet Office, and the responsible ministry. */
    public boolean canAddFollowUp(Caller caller, ReportSheet s, String responsibleMinistry) {
        if (s.type != SheetType.ISSUE) {
            return false;
        }
        if (isCabinetOffice(caller) || isApplicant(caller, s.project) || isActiveOfficer(caller, s.project)) {
            return true;
        }
        boolean ministry = caller.hasRole(Role.MINISTRY_MEMBER) || caller.hasRole(Role.MINISTRY_CONTACT);
        return ministry && responsibleMinistry != null && caller.organisationCode().map(responsibleMinistry::equals).orElse(false);
    }

    public void require(boolean allowed, String detail) {
        if (!allowed) {
            throw ApiException.forbidden(detail);
        }
    }
}
