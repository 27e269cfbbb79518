package jp.go.jisso.report.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Holiday")
public record HolidayView(@Schema(required = true) LocalDate date, @Schema(required = true) String name) {}
