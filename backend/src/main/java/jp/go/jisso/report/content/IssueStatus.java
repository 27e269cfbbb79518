package jp.go.jisso.report.content;

/** 課題の状況. */
public enum IssueStatus implements Labelled {
    NOT_STARTED("未着手"),
    COORDINATING("調整中"),
    RESOLVED("解決"),
    REGULATORY_REFORM_REQUEST("規制改革要望へ"),
    WITHDRAWN("取り下げ");

    private final String labelJa;

    IssueStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }
}
