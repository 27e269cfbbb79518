package jp.go.jisso.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.go.jisso.project.AssignmentKind;

/**
 * The one place that decides which projects a caller may read. It produces a JPQL condition
 * on the project alias {@code p}, so that lists, counts and single reads all apply the same
 * rule inside the database query (see docs/access-control.md).
 */
@ApplicationScoped
public class ProjectAccess {

    /** A JPQL condition on alias {@code p} with its named parameters. */
    public record Condition(String jpql, Map<String, Object> params) {}

    public Condition readableProjects(Caller caller) {
        if (caller.hasRole(Role.CAO)) {
            return new Condition("1 = 1", Map.of());
        }
        List<String> anyOf = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Long orgId = caller.organisation().map(o -> o.id).orElse(null);

        if (caller.hasRole(Role.SUPPORT_OFFICER) && caller.subject() != null) {
            anyOf.add("exists (select 1 from ProjectAssignment a where a.project = p and a.kind = :officerKind"
                    + " and a.endDate is null and a.person.keycloakSubject = :callerSubject)");
            params.put("officerKind", AssignmentKind.SUPPORT_OFFICER);
            params.put("callerSubject", caller.subject());
        }
        if (orgId != null) {
            int before = anyOf.size();
            if (caller.hasRole(Role.LOCAL_GOVERNMENT)) {
                anyOf.add("exists (select 1 from Project pa join pa.applicants ap where pa = p and ap.id = :callerOrgId)");
            }
            if (caller.hasRole(Role.MINISTRY_CONTACT)) {
                // the home-ministry contact follows the projects whose active officer is from their ministry
                anyOf.add("exists (select 1 from ProjectAssignment a where a.project = p and a.kind = :officerKind"
                        + " and a.endDate is null and a.organisation.id = :callerOrgId)");
                params.put("officerKind", AssignmentKind.SUPPORT_OFFICER);
            }
            if (caller.hasRole(Role.MINISTRY_MEMBER)) {
                anyOf.add("exists (select 1 from SubProject s join s.ministries m where s.project = p and m.id = :callerOrgId)");
                anyOf.add(activeMember());
                params.put("memberKind", AssignmentKind.MEMBER);
            }
            if (caller.hasRole(Role.COMPANY)) {
                anyOf.add(activeMember());
                params.put("memberKind", AssignmentKind.MEMBER);
            }
            if (anyOf.size() > before) {
                params.put("callerOrgId", orgId);
            }
        }
        if (anyOf.isEmpty()) {
            return new Condition("1 = 0", Map.of());
        }
        return new Condition("(" + String.join(" or ", anyOf.stream().distinct().toList()) + ")", params);
    }

    private static String activeMember() {
        return "exists (select 1 from ProjectAssignment a where a.project = p and a.kind = :memberKind"
                + " and a.endDate is null and a.organisation.id = :callerOrgId)";
    }
}
