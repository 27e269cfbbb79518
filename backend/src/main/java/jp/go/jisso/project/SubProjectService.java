package jp.go.jisso.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.RegistryAccess;
import jp.go.jisso.audit.AuditLog;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.ErrorCodes;
import jp.go.jisso.common.Validation;
import jp.go.jisso.common.Versions;
import jp.go.jisso.organisation.Organisation;
import jp.go.jisso.organisation.OrganisationKind;
import jp.go.jisso.project.dto.SubProjectInput;
import jp.go.jisso.project.dto.SubProjectView;

/** Sub-projects (事業a, b, …) of a project: Cabinet Office writes, shown in the project's history. */
@ApplicationScoped
public class SubProjectService {

    static final String RECORD = "SubProject";

    @Inject
    ProjectService projects;

    @Inject
    RegistryAccess access;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    public SubProject get(Caller caller, long projectId, long id) {
        Project p = projects.readable(caller, projectId);
        return p.subProjects.stream().filter(s -> s.id == id).findFirst()
                .orElseThrow(() -> ApiException.notFound("Sub-project " + id));
    }

    @Transactional
    public SubProject create(Caller caller, long projectId, SubProjectInput input) {
        Project p = projects.readable(caller, projectId);
        access.requireRegistryWriter(caller);
        SubProject s = new SubProject();
        s.project = p;
        apply(s, input);
        p.subProjects.add(s);
        s.persistAndFlush();
        audit.record(caller, "CREATE", RECORD, s.id, scope(p), null, ProjectMapper.subProject(s));
        return s;
    }

    @Transactional
    public SubProject update(Caller caller, long projectId, long id, String ifMatch, SubProjectInput input) {
        SubProject s = get(caller, projectId, id);
        access.requireRegistryWriter(caller);
        Versions.requireMatch(ifMatch, s.version);
        SubProjectView before = ProjectMapper.subProject(s);
        apply(s, input);
        s.persistAndFlush();
        audit.record(caller, "UPDATE", RECORD, s.id, scope(s.project), before, ProjectMapper.subProject(s));
        return s;
    }

    @Transactional
    public void delete(Caller caller, long projectId, long id, String ifMatch) {
        SubProject s = get(caller, projectId, id);
        access.requireRegistryWriter(caller);
        Versions.requireMatch(ifMatch, s.version);
        SubProjectView before = ProjectMapper.subProject(s);
        s.project.subProjects.remove(s);
        s.delete();
        audit.record(caller, "DELETE", RECORD, id, scope(s.project), before, null);
    }

    private static AuditLog.Scope scope(Project p) {
        return new AuditLog.Scope(ProjectService.RECORD, p.id);
    }

    private void apply(SubProject s, SubProjectInput input) {
        Validation v = Validation.of(validator, input);
        SupportScheme scheme = null;
        List<Organisation> ministries = new ArrayList<>();
        if (input != null) {
            if (input.scheme() != null && !v.has("scheme")) {
                try {
                    scheme = SupportScheme.valueOf(input.scheme());
                } catch (IllegalArgumentException e) {
                    v.add("scheme", ErrorCodes.FIELD_UNKNOWN_VALUE, "must be one of " + Arrays.toString(SupportScheme.values()));
                }
            }
            if (input.ministryIds() != null) {
                for (int i = 0; i < input.ministryIds().size(); i++) {
                    Long id = input.ministryIds().get(i);
                    Organisation o = id == null ? null : Organisation.<Organisation>findByIdOptional(id).orElse(null);
                    if (o == null || (o.kind != OrganisationKind.MINISTRY && o.kind != OrganisationKind.CABINET_OFFICE)) {
                        v.add("ministryIds[" + i + "]", ErrorCodes.FIELD_UNKNOWN_VALUE, "not a registered ministry or agency");
                    } else if (!ministries.contains(o)) {
                        ministries.add(o);
                    }
                }
            }
            if (input.periodStart() != null && input.periodEnd() != null && input.periodEnd().isBefore(input.periodStart())) {
                v.add("periodEnd", "BEFORE_START", "must not be before periodStart");
            }
            if (input.label() != null && !v.has("label") && s.project.subProjects.stream()
                    .anyMatch(other -> other != s && other.label.equals(input.label()))) {
                v.add("label", "DUPLICATE", "this project already has a sub-project " + input.label());
            }
        }
        v.throwIfAny();
        s.label = input.label();
        s.title = input.title().strip();
        s.scheme = scheme;
        s.schemeName = input.schemeName() == null || input.schemeName().isBlank() ? null : input.schemeName().strip();
        s.periodStart = input.periodStart();
        s.periodEnd = input.periodEnd();
        s.ministries.clear();
        s.ministries.addAll(ministries);
    }
}
