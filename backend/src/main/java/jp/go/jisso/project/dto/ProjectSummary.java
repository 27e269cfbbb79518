package jp.go.jisso.project.dto;

import java.util.List;
import jp.go.jisso.organisation.dto.OrganisationRef;
import jp.go.jisso.project.ImplementationStage;
import jp.go.jisso.project.ProjectHealth;
import jp.go.jisso.project.ProjectStatus;
import jp.go.jisso.project.Technology;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectSummary")
public record ProjectSummary(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Fiscal year of selection (April–March)", examples = "2018") int selectionFy,
        @Schema(required = true, description = "Number within the selection year", examples = "1") int number,
        @Schema(required = true) String title,
        @Schema(required = true) List<OrganisationRef> applicants,
        @Schema(required = true) List<Technology> technologies,
        @Schema(required = true, description = "The source lists the technologies with 等 (and others)") boolean andOtherTechnologies,
        @Schema(required = true) ProjectStatus status,
        @Schema(required = true) ImplementationStage implementationStage,
        @Schema(required = true) ProjectHealth health) {}
