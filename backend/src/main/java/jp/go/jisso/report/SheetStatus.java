package jp.go.jisso.report;

import java.util.EnumSet;
import java.util.Set;

/** NOT_STARTED → DRAFT → SUBMITTED → RETURNED → RESUBMITTED … → ACCEPTED. */
public enum SheetStatus {
    NOT_STARTED("未着手"),
    DRAFT("作成中"),
    SUBMITTED("提出済"),
    RETURNED("差戻し"),
    RESUBMITTED("再提出済"),
    ACCEPTED("受理");

    public final String labelJa;

    SheetStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    /** States in which the writer still owes the sheet. */
    public static final Set<SheetStatus> OWED = EnumSet.of(NOT_STARTED, DRAFT, RETURNED);
    /** States waiting for the Cabinet Office's review. */
    public static final Set<SheetStatus> AWAITING_REVIEW = EnumSet.of(SUBMITTED, RESUBMITTED);
}
