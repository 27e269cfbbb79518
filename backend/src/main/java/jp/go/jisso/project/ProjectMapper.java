package jp.go.jisso.project;

import java.time.LocalDate;
import java.util.List;
import jp.go.jisso.organisation.dto.OrganisationRef;
import jp.go.jisso.project.dto.PersonRef;
import jp.go.jisso.project.dto.ProjectDetail;
import jp.go.jisso.project.dto.ProjectSummary;
import jp.go.jisso.project.dto.SubProjectView;

/** Entity → API record mapping for the project area. */
public final class ProjectMapper {

    private ProjectMapper() {}

    public static ProjectSummary summary(Project p, LocalDate today) {
        return new ProjectSummary(p.id, p.selectionFy, p.number, p.title, applicants(p), List.copyOf(p.technologies),
                p.andOtherTechnologies, p.status, p.implementationStage, ProjectHealth.assess(p, today));
    }

    public static ProjectDetail detail(Project p, ProjectAssignment officer, LocalDate today) {
        return new ProjectDetail(p.id, p.selectionFy, p.number, p.title, p.summary, applicants(p),
                List.copyOf(p.technologies), p.andOtherTechnologies, p.status, p.implementationStage,
                p.supportStart, p.supportPlannedEnd, p.continuationApproved,
                ProjectTargets.partialImplementation(p.selectionFy), ProjectTargets.fullImplementation(p.selectionFy),
                ProjectHealth.assess(p, today),
                officer == null || officer.person == null ? null : new PersonRef(officer.person.id, officer.person.name,
                        officer.person.title, OrganisationRef.of(officer.person.organisation)),
                p.subProjects.stream().map(ProjectMapper::subProject).toList(),
                p.version);
    }

    public static SubProjectView subProject(SubProject s) {
        return new SubProjectView(s.id, s.label, s.title, s.scheme, s.schemeName, s.periodStart, s.periodEnd,
                s.ministries.stream().map(OrganisationRef::of).toList());
    }

    private static List<OrganisationRef> applicants(Project p) {
        return p.applicants.stream().map(OrganisationRef::of).toList();
    }
}
