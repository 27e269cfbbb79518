package jp.go.jisso.report.content;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 現地支援責任者意見表: the officer's view of the project for the Cabinet Office. */
@Schema(name = "OpinionContent")
public record OpinionContent(
        Assessment assessment,
        @Schema(description = "所見") String findings,
        @Schema(description = "助言内容: advice given") String advice,
        @Schema(description = "必要な支援") String supportNeeded,
        @Schema(description = "Organisation codes of the ministries whose support is needed") List<String> supportMinistries,
        @Schema(description = "フォローアップ要否") Boolean followUpRequired) {

    public List<String> supportMinistriesOrEmpty() {
        return supportMinistries == null ? List.of() : supportMinistries;
    }
}
