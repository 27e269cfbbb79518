package jp.go.jisso.report.dto;

import java.time.LocalDate;
import java.util.Map;
import jp.go.jisso.report.SheetType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SheetGenerationResult")
public record GenerationResult(
        @Schema(required = true) LocalDate until,
        @Schema(required = true, description = "Sheets created by this run (0 when run again)") int created,
        @Schema(required = true) Map<SheetType, Integer> createdByType) {}
