package jp.go.jisso.report.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SheetGenerationInput")
public record GenerationInput(@Schema(description = "Open every period that opens by this day; today (JST) when empty") LocalDate until) {}
