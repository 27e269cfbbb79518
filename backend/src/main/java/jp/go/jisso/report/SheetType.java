package jp.go.jisso.report;

/** The four follow-up documents (docs/reports.md). */
public enum SheetType {
    /** 進行管理シート, written by the local government, monthly. */
    PROGRESS("進行管理シート"),
    /** 現地支援責任者意見表, written by the active support officer, monthly. */
    OPINION("現地支援責任者意見表"),
    /** 課題把握シート, the project's register of blockers, refreshed yearly. */
    ISSUE("課題把握シート"),
    /** 経費調査票, per past fiscal year. */
    EXPENSE("経費調査票");

    public final String labelJa;

    SheetType(String labelJa) {
        this.labelJa = labelJa;
    }

    /** Written by the local governments that applied for the project (all but the opinion sheet). */
    public boolean writtenByLocalGovernment() {
        return this != OPINION;
    }
}
