package jp.go.jisso.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.RegistryAccess;
import jp.go.jisso.access.Role;
import jp.go.jisso.audit.AuditLog;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.ErrorCodes;
import jp.go.jisso.common.Validation;
import jp.go.jisso.common.Versions;
import jp.go.jisso.organisation.Organisation;
import jp.go.jisso.project.dto.ProjectInput;
import jp.go.jisso.project.dto.SummaryInput;
import jp.go.jisso.project.dto.TransitionInput;

/** Writes to projects: validated, versioned (If-Match) and audited; the lifecycle rules live here. */
@ApplicationScoped
public class ProjectService {

    public static final String RECORD = "Project";

    /** The status lifecycle: selected → supporting → support ended (a selection may also be withdrawn). */
    static final Map<ProjectStatus, Set<ProjectStatus>> TRANSITIONS = Map.of(
            ProjectStatus.SELECTED, Set.of(ProjectStatus.SUPPORTING, ProjectStatus.SUPPORT_ENDED),
            ProjectStatus.SUPPORTING, Set.of(ProjectStatus.SUPPORT_ENDED),
            ProjectStatus.SUPPORT_ENDED, Set.of());

    @Inject
    ProjectQueries queries;

    @Inject
    RegistryAccess access;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    Project readable(Caller caller, long id) {
        return queries.findReadable(caller, id).orElseThrow(() -> ApiException.notFound("Project " + id));
    }

    @Transactional
    public Project create(Caller caller, ProjectInput input) {
        access.requireRegistryWriter(caller);
        Project p = new Project();
        p.status = ProjectStatus.SELECTED;
        apply(p, input, true);
        p.supportStart = ProjectTargets.supportStart(p.selectionFy);
        p.supportPlannedEnd = ProjectTargets.supportPlannedEnd(p.selectionFy);
        p.persistAndFlush();
        audit.record(caller, "CREATE", RECORD, p.id, null, null, snapshot(p));
        return p;
    }

    @Transactional
    public Project update(Caller caller, long id, String ifMatch, ProjectInput input) {
        Project p = readable(caller, id);
        access.requireRegistryWriter(caller);
        Versions.requireMatch(ifMatch, p.version);
        Map<String, Object> before = snapshot(p);
        apply(p, input, false);
        return saved(caller, p, "UPDATE", before);
    }

    @Transactional
    public Project updateSummary(Caller caller, long id, String ifMatch, SummaryInput input) {
        Project p = readable(caller, id);
        boolean applicant = caller.hasRole(Role.LOCAL_GOVERNMENT) && caller.organisation()
                .map(org -> p.applicants.stream().anyMatch(a -> a.id.equals(org.id))).orElse(false);
        if (!caller.hasRole(Role.CAO) && !applicant) {
            throw ApiException.forbidden("Only the Cabinet Office and the project's local governments edit its summary.");
        }
        Validation.of(validator, input).throwIfAny();
        Versions.requireMatch(ifMatch, p.version);
        Map<String, Object> before = snapshot(p);
        p.summary = input.summary() == null || input.summary().isBlank() ? null : input.summary().strip();
        return saved(caller, p, "UPDATE", before);
    }

    @Transactional
    public Project transition(Caller caller, long id, String ifMatch, TransitionInput input) {
        Project p = readable(caller, id);
        access.requireRegistryWriter(caller);
        Validation v = Validation.of(validator, input);
        ProjectStatus to = null;
        if (input != null && input.to() != null && !v.has("to")) {
            try {
                to = ProjectStatus.valueOf(input.to());
            } catch (IllegalArgumentException e) {
                v.add("to", ErrorCodes.FIELD_UNKNOWN_VALUE, "must be one of " + Arrays.toString(ProjectStatus.values()));
            }
        }
        v.throwIfAny();
        Versions.requireMatch(ifMatch, p.version);
        Set<ProjectStatus> allowed = TRANSITIONS.get(p.status);
        if (!allowed.contains(to)) {
            throw new ApiException(409, ErrorCodes.ILLEGAL_TRANSITION, "A project in status " + p.status + " cannot move to " + to
                    + ". Allowed: " + (allowed.isEmpty() ? "none" : allowed.stream().sorted().toList()), null, p.version);
        }
        Map<String, Object> before = snapshot(p);
        p.status = to;
        return saved(caller, p, "TRANSITION", before);
    }

    @Transactional
    public Project approveContinuation(Caller caller, long id, String ifMatch) {
        Project p = readable(caller, id);
        access.requireRegistryWriter(caller);
        Versions.requireMatch(ifMatch, p.version);
        if (p.status != ProjectStatus.SUPPORTING || p.continuationApproved) {
            throw new ApiException(409, ErrorCodes.ILLEGAL_TRANSITION, p.continuationApproved
                    ? "The continuation of this project was already approved; support cannot be extended again."
                    : "Only a project in support can be continued (status is " + p.status + ").", null, p.version);
        }
        Map<String, Object> before = snapshot(p);
        p.continuationApproved = true;
        p.supportPlannedEnd = p.supportPlannedEnd.plusYears(2);
        return saved(caller, p, "CONTINUATION", before);
    }

    @Transactional
    public void delete(Caller caller, long id, String ifMatch) {
        Project p = readable(caller, id);
        access.requireRegistryWriter(caller);
        Versions.requireMatch(ifMatch, p.version);
        Map<String, Object> before = snapshot(p);
        ProjectAssignment.delete("project", p);
        p.delete();
        Project.flush();
        audit.record(caller, "DELETE", RECORD, id, null, before, null);
    }

    private Project saved(Caller caller, Project p, String action, Map<String, Object> before) {
        p.persistAndFlush();
        audit.record(caller, action, RECORD, p.id, null, before, snapshot(p));
        return p;
    }

    private void apply(Project p, ProjectInput input, boolean creating) {
        Validation v = Validation.of(validator, input);
        List<Organisation> applicants = new ArrayList<>();
        List<Technology> technologies = new ArrayList<>();
        ImplementationStage stage = p.implementationStage;
        if (input != null) {
            if (input.applicantIds() != null) {
                for (int i = 0; i < input.applicantIds().size(); i++) {
                    Long orgId = input.applicantIds().get(i);
                    Organisation o = orgId == null ? null : Organisation.<Organisation>findByIdOptional(orgId).orElse(null);
                    if (o == null || !o.kind.isLocalGovernment()) {
                        v.add("applicantIds[" + i + "]", ErrorCodes.FIELD_UNKNOWN_VALUE, "not a registered prefecture or municipality");
                    } else if (!applicants.contains(o)) {
                        applicants.add(o);
                    }
                }
            }
            if (input.technologies() != null) {
                for (int i = 0; i < input.technologies().size(); i++) {
                    String t = input.technologies().get(i);
                    var tech = t == null ? java.util.Optional.<Technology>empty() : Technology.fromLabel(t);
                    if (tech.isEmpty()) {
                        v.add("technologies[" + i + "]", ErrorCodes.FIELD_UNKNOWN_VALUE,
                                "unknown technology; one of " + Arrays.toString(Technology.values()));
                    } else if (!technologies.contains(tech.get())) {
                        technologies.add(tech.get());
                    }
                }
            }
            if (input.implementationStage() != null) {
                try {
                    stage = ImplementationStage.valueOf(input.implementationStage());
                } catch (IllegalArgumentException e) {
                    v.add("implementationStage", ErrorCodes.FIELD_UNKNOWN_VALUE, "must be one of " + Arrays.toString(ImplementationStage.values()));
                }
            }
        }
        v.throwIfAny();
        if (stage.ordinal() < p.implementationStage.ordinal()) {
            throw new ApiException(409, ErrorCodes.ILLEGAL_TRANSITION, "The implementation stage moves forward only: "
                    + p.implementationStage + " cannot go back to " + stage + ".", null, p.version);
        }
        if (Project.count("selectionFy = ?1 and number = ?2 and id <> ?3", input.selectionFy(), input.number(),
                p.id == null ? -1L : p.id) > 0) {
            throw new ApiException(409, ErrorCodes.CONFLICT, "FY" + input.selectionFy() + " already has a project No." + input.number() + ".");
        }
        if (!creating && p.selectionFy != input.selectionFy()) {
            // targets and support period follow the selection year
            p.supportStart = ProjectTargets.supportStart(input.selectionFy());
            p.supportPlannedEnd = ProjectTargets.supportPlannedEnd(input.selectionFy()).plusYears(p.continuationApproved ? 2 : 0);
        }
        p.selectionFy = input.selectionFy();
        p.number = input.number();
        p.title = input.title().strip();
        p.summary = input.summary() == null || input.summary().isBlank() ? null : input.summary().strip();
        p.applicants.clear();
        p.applicants.addAll(applicants);
        p.technologies.clear();
        p.technologies.addAll(technologies);
        p.andOtherTechnologies = Boolean.TRUE.equals(input.andOtherTechnologies());
        p.implementationStage = stage;
    }

    /** The audited fields of a project (no computed values, so history shows only real changes). */
    static Map<String, Object> snapshot(Project p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("selectionFy", p.selectionFy);
        m.put("number", p.number);
        m.put("title", p.title);
        m.put("summary", p.summary);
        m.put("applicants", p.applicants.stream().map(o -> o.code).toList());
        m.put("technologies", p.technologies.stream().map(Enum::name).toList());
        m.put("andOtherTechnologies", p.andOtherTechnologies);
        m.put("status", p.status.name());
        m.put("implementationStage", p.implementationStage.name());
        m.put("supportStart", String.valueOf(p.supportStart));
        m.put("supportPlannedEnd", String.valueOf(p.supportPlannedEnd));
        m.put("continuationApproved", p.continuationApproved);
        return m;
    }
}
