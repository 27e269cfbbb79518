package jp.go.jisso.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.PersonAccess;
import jp.go.jisso.access.Role;
import jp.go.jisso.audit.AuditLog;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.ErrorCodes;
import jp.go.jisso.common.Validation;
import jp.go.jisso.organisation.Organisation;
import jp.go.jisso.organisation.OrganisationKind;
import jp.go.jisso.organisation.dto.OrganisationRef;
import jp.go.jisso.person.Person;
import jp.go.jisso.project.dto.AssignmentInput;
import jp.go.jisso.project.dto.AssignmentView;
import jp.go.jisso.project.dto.EndAssignmentInput;
import jp.go.jisso.project.dto.PersonRef;

/**
 * Who is attached to a project, with history. Changing the on-site support officer is one
 * operation: the active officer's assignment ends the day before the new one starts.
 */
@ApplicationScoped
public class AssignmentService {

    static final String RECORD = "ProjectAssignment";

    @Inject
    ProjectService projects;

    @Inject
    PersonAccess people;

    @Inject
    jp.go.jisso.person.PersonService personService;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    public List<AssignmentView> list(Caller caller, long projectId) {
        Project p = projects.readable(caller, projectId);
        boolean contact = people.seesContactDetails(caller);
        return ProjectAssignment.<ProjectAssignment>list("project = ?1 order by kind, startDate desc, id desc", p)
                .stream().map(a -> view(a, contact)).toList();
    }

    static AssignmentView view(ProjectAssignment a, boolean withContact) {
        PersonRef person = a.person == null ? null
                : new PersonRef(a.person.id, a.person.name, a.person.title, OrganisationRef.of(a.person.organisation));
        return new AssignmentView(a.id, a.kind, OrganisationRef.of(a.organisation), person,
                withContact && a.person != null ? a.person.email : null, a.startDate, a.endDate, a.endDate == null);
    }

    @Transactional
    public ProjectAssignment assign(Caller caller, long projectId, AssignmentInput input) {
        Project p = projects.readable(caller, projectId);
        Validation v = Validation.of(validator, input);
        AssignmentKind kind = null;
        Person person = null;
        Organisation organisation = null;
        if (input != null) {
            if (input.kind() != null && !v.has("kind")) {
                try {
                    kind = AssignmentKind.valueOf(input.kind());
                } catch (IllegalArgumentException e) {
                    v.add("kind", ErrorCodes.FIELD_UNKNOWN_VALUE, "must be one of " + Arrays.toString(AssignmentKind.values()));
                }
            }
            if (input.personId() != null) {
                // a person the caller cannot read is reported exactly like one that does not exist
                person = personService.findReadable(caller, input.personId()).orElse(null);
                if (person == null) {
                    v.add("personId", ErrorCodes.FIELD_UNKNOWN_VALUE, "no such person");
                }
            }
            if (input.organisationId() != null) {
                organisation = Organisation.<Organisation>findByIdOptional(input.organisationId()).orElse(null);
                if (organisation == null) {
                    v.add("organisationId", ErrorCodes.FIELD_UNKNOWN_VALUE, "no such organisation");
                }
            }
            if (kind != null && kind != AssignmentKind.MEMBER && input.personId() == null) {
                v.add("personId", "REQUIRED", "a " + kind + " is a named person");
            }
            if (kind == AssignmentKind.MEMBER && input.personId() == null && input.organisationId() == null) {
                v.add("organisationId", "REQUIRED", "a member is a person or an organisation");
            }
            if (person != null && organisation == null) {
                organisation = person.organisation;
            }
            if (person != null && organisation != null && !person.organisation.id.equals(organisation.id)) {
                v.add("organisationId", "PERSON_ORGANISATION_MISMATCH", "the person belongs to " + person.organisation.code);
            }
            if ((kind == AssignmentKind.SUPPORT_OFFICER || kind == AssignmentKind.HOME_MINISTRY_CONTACT)
                    && organisation != null && organisation.kind != OrganisationKind.MINISTRY) {
                v.add("personId", "NOT_MINISTRY_STAFF", "an officer or home-ministry contact belongs to a ministry");
            }
            if (kind == AssignmentKind.SECRETARIAT_CONTACT && organisation != null && !organisation.kind.isLocalGovernment()) {
                v.add("personId", "NOT_LOCAL_GOVERNMENT_STAFF", "the secretariat contact belongs to a local government");
            }
        }
        v.throwIfAny();
        boolean ownSecretariat = kind == AssignmentKind.SECRETARIAT_CONTACT && people.managesOrganisationPeople(caller, organisation.id)
                && p.applicants.stream().anyMatch(a -> a.id.equals(caller.organisation().get().id));
        if (!caller.hasRole(Role.CAO) && !ownSecretariat) {
            throw ApiException.forbidden("Only the Cabinet Office assigns people; a local government names its own secretariat contact.");
        }
        if (kind == AssignmentKind.SUPPORT_OFFICER) {
            ProjectAssignment current = ProjectAssignment.<ProjectAssignment>find(
                    "project = ?1 and kind = ?2 and endDate is null", p, AssignmentKind.SUPPORT_OFFICER).firstResult();
            if (current != null) {
                if (!input.startDate().isAfter(current.startDate)) {
                    throw new ApiException(409, ErrorCodes.CONFLICT, "The new officer must start after the current one started ("
                            + current.startDate + ").");
                }
                AssignmentView before = view(current, true);
                current.endDate = input.startDate().minusDays(1);
                current.persistAndFlush();
                audit.record(caller, "END", RECORD, current.id, scope(p), before, view(current, true));
            }
        }
        ProjectAssignment a = new ProjectAssignment();
        a.project = p;
        a.kind = kind;
        a.person = person;
        a.organisation = organisation;
        a.startDate = input.startDate();
        a.persistAndFlush();
        audit.record(caller, kind == AssignmentKind.SUPPORT_OFFICER ? "OFFICER_CHANGE" : "CREATE", RECORD, a.id, scope(p), null, view(a, true));
        return a;
    }

    @Transactional
    public ProjectAssignment end(Caller caller, long projectId, long id, EndAssignmentInput input) {
        Project p = projects.readable(caller, projectId);
        ProjectAssignment a = ProjectAssignment.<ProjectAssignment>findByIdOptional(id)
                .filter(x -> x.project.id.equals(p.id))
                .orElseThrow(() -> ApiException.notFound("Assignment " + id));
        boolean ownSecretariat = a.kind == AssignmentKind.SECRETARIAT_CONTACT
                && people.managesOrganisationPeople(caller, a.organisation.id);
        if (!caller.hasRole(Role.CAO) && !ownSecretariat) {
            throw ApiException.forbidden("Only the Cabinet Office ends assignments; a local government ends its own secretariat contact's.");
        }
        Validation v = Validation.of(validator, input);
        if (input != null && input.endDate() != null && input.endDate().isBefore(a.startDate)) {
            v.add("endDate", "BEFORE_START", "must not be before the start " + a.startDate);
        }
        v.throwIfAny();
        if (a.endDate != null) {
            throw new ApiException(409, ErrorCodes.CONFLICT, "This assignment already ended on " + a.endDate + ".");
        }
        AssignmentView before = view(a, true);
        a.endDate = input.endDate();
        a.persistAndFlush();
        audit.record(caller, "END", RECORD, a.id, scope(p), before, view(a, true));
        return a;
    }

    private static AuditLog.Scope scope(Project p) {
        return new AuditLog.Scope(ProjectService.RECORD, p.id);
    }
}
