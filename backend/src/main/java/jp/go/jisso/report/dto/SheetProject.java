package jp.go.jisso.report.dto;

import jp.go.jisso.project.Project;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SheetProject")
public record SheetProject(
        @Schema(required = true) long id,
        @Schema(required = true) int selectionFy,
        @Schema(required = true) int number,
        @Schema(required = true) String title) {

    public static SheetProject of(Project p) {
        return new SheetProject(p.id, p.selectionFy, p.number, p.title);
    }
}
