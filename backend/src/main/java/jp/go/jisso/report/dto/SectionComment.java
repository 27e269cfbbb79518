package jp.go.jisso.report.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionComment", description = "A reviewer's comment on one section of a sheet")
public record SectionComment(
        @Schema(required = true, description = "Section name: a content field (e.g. milestones, kpis, findings, rows) or general") String section,
        @Schema(required = true) String comment) {}
