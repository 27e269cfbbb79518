package jp.go.jisso.report.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReturnSheetInput")
public record ReturnInput(@Schema(required = true, description = "At least one comment") List<SectionComment> comments) {}
