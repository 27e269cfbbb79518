package jp.go.jisso.project.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SummaryInput", description = "The project summary, editable by its local governments (max 4000 characters)")
public record SummaryInput(@Schema(maxLength = 4000) @Size(max = 4000) String summary) {}
