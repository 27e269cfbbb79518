package jp.go.jisso.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.person.Person;

/**
 * Who may see and change which people (docs/access-control.md). Reads: the Cabinet Office
 * sees everyone; others see their own organisation's people and the people attached to the
 * projects they can read. Companies never see contact details.
 */
@ApplicationScoped
public class PersonAccess {

    @Inject
    ProjectAccess projects;

    /** A JPQL condition on the person alias {@code x}. */
    public ProjectAccess.Condition readablePeople(Caller caller) {
        if (caller.hasRole(Role.CAO)) {
            return new ProjectAccess.Condition("1 = 1", Map.of());
        }
        ProjectAccess.Condition project = projects.readableProjects(caller);
        Map<String, Object> params = new HashMap<>(project.params());
        StringBuilder jpql = new StringBuilder("(exists (select 1 from ProjectAssignment pa join pa.project p where pa.person = x and ")
                .append(project.jpql()).append(")");
        if (caller.subject() != null) {
            jpql.append(" or x.keycloakSubject = :selfSubject");
            params.put("selfSubject", caller.subject());
        }
        caller.organisation().ifPresent(org -> {
            jpql.append(" or x.organisation.id = :ownOrgId");
            params.put("ownOrgId", org.id);
        });
        return new ProjectAccess.Condition(jpql.append(")").toString(), params);
    }

    public boolean seesContactDetails(Caller caller) {
        return !caller.hasRole(Role.COMPANY) || caller.hasRole(Role.CAO);
    }

    public boolean isSelf(Caller caller, Person person) {
        return caller.subject() != null && caller.subject().equals(person.keycloakSubject);
    }

    /** Local governments manage their own organisation's contacts. */
    public boolean managesOrganisationPeople(Caller caller, Long organisationId) {
        return caller.hasRole(Role.LOCAL_GOVERNMENT)
                && caller.organisation().map(o -> o.id.equals(organisationId)).orElse(false);
    }

    public void requireCanCreate(Caller caller, Long organisationId) {
        if (!caller.hasRole(Role.CAO) && !managesOrganisationPeople(caller, organisationId)) {
            throw ApiException.forbidden("Only the Cabinet Office, or a local government for its own staff, registers people.");
        }
    }
}
