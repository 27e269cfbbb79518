package jp.go.jisso.report.content;

/** マイルストーンの状況. */
public enum MilestoneStatus implements Labelled {
    ON_TRACK("順調"),
    DELAYED("遅延"),
    ACTION_NEEDED("要対応");

    private final String labelJa;

    MilestoneStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }
}
