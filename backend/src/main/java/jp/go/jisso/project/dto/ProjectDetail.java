package jp.go.jisso.project.dto;

import java.time.LocalDate;
import java.util.List;
import jp.go.jisso.organisation.dto.OrganisationRef;
import jp.go.jisso.project.ImplementationStage;
import jp.go.jisso.project.ProjectHealth;
import jp.go.jisso.project.ProjectStatus;
import jp.go.jisso.project.Technology;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectDetail")
public record ProjectDetail(
        @Schema(required = true) long id,
        @Schema(required = true) int selectionFy,
        @Schema(required = true) int number,
        @Schema(required = true) String title,
        String summary,
        @Schema(required = true) List<OrganisationRef> applicants,
        @Schema(required = true) List<Technology> technologies,
        @Schema(required = true) boolean andOtherTechnologies,
        @Schema(required = true) ProjectStatus status,
        @Schema(required = true) ImplementationStage implementationStage,
        @Schema(required = true) LocalDate supportStart,
        @Schema(required = true) LocalDate supportPlannedEnd,
        @Schema(required = true, description = "The two-year continuation has been approved") boolean continuationApproved,
        @Schema(required = true, description = "Target for 一部実装: end of the third fiscal year") LocalDate partialImplementationTarget,
        @Schema(required = true, description = "Target for 本格実装: end of the fifth fiscal year") LocalDate fullImplementationTarget,
        @Schema(required = true) ProjectHealth health,
        @Schema(description = "The active on-site support officer (現地支援責任者)") PersonRef supportOfficer,
        @Schema(required = true) List<SubProjectView> subProjects,
        @Schema(required = true) long version) {}
