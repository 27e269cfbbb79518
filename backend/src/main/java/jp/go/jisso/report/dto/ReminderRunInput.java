package jp.go.jisso.report.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReminderRunInput")
public record ReminderRunInput(@Schema(description = "The day to judge due dates by; today (JST) when empty") LocalDate asOf) {}
