package jp.go.jisso.report.content;

/** 現地支援責任者の総合評価（4段階）. */
public enum Assessment implements Labelled {
    ON_TRACK("順調"),
    MOSTLY_ON_TRACK("概ね順調"),
    AT_RISK("懸念あり"),
    BEHIND("遅延");

    private final String labelJa;

    Assessment(String labelJa) {
        this.labelJa = labelJa;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }
}
