package jp.go.jisso.project.dto;

import jakarta.validation.constraints.NotBlank;
import jp.go.jisso.project.ProjectStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransitionInput")
public record TransitionInput(@Schema(required = true, implementation = ProjectStatus.class) @NotBlank String to) {}
