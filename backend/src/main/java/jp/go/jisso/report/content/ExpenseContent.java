package jp.go.jisso.report.content;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 経費調査票: one row per funding source, amounts in whole yen. */
@Schema(name = "ExpenseContent")
public record ExpenseContent(List<ExpenseRow> rows) {

    @Schema(name = "ExpenseRow")
    public record ExpenseRow(
            @Schema(description = "制度名: the grant or subsidy scheme") String schemeName,
            FundingType type,
            @Schema(description = "Organisation code of the ministry (empty for own or private funds)") String ministry,
            @Schema(description = "Label of the sub-project (a, b, ...)") String subProject,
            @Schema(description = "予算額 in yen") @JsonDeserialize(using = WholeYen.class) Long budgeted,
            @Schema(description = "交付決定額 in yen") @JsonDeserialize(using = WholeYen.class) Long granted,
            @Schema(description = "執行額 in yen") @JsonDeserialize(using = WholeYen.class) Long executed) {}

    public List<ExpenseRow> rowsOrEmpty() {
        return rows == null ? List.of() : rows;
    }
}
