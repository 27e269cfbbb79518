package jp.go.jisso.project.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectPage")
public record ProjectPage(
        @Schema(required = true) List<ProjectSummary> items,
        @Schema(required = true, description = "1-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {}
