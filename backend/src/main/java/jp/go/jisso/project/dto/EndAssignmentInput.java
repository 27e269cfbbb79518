package jp.go.jisso.project.dto;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EndAssignmentInput")
public record EndAssignmentInput(@Schema(required = true) @NotNull LocalDate endDate) {}
