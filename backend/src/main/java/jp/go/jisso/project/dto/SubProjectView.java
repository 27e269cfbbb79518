package jp.go.jisso.project.dto;

import java.time.LocalDate;
import java.util.List;
import jp.go.jisso.organisation.dto.OrganisationRef;
import jp.go.jisso.project.SupportScheme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubProject")
public record SubProjectView(
        @Schema(required = true) long id,
        @Schema(required = true, examples = "a") String label,
        @Schema(required = true) String title,
        @Schema(required = true) SupportScheme scheme,
        String schemeName,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(required = true) List<OrganisationRef> ministries) {}
