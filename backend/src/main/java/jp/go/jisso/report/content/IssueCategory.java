package jp.go.jisso.report.content;

/** 課題の分類. */
public enum IssueCategory implements Labelled {
    LAW("法令"),
    REGULATION("規制"),
    SYSTEM("制度"),
    BUDGET("予算"),
    TECHNOLOGY("技術"),
    CONSENSUS("合意形成"),
    HUMAN_RESOURCES("人材"),
    OTHER("その他");

    private final String labelJa;

    IssueCategory(String labelJa) {
        this.labelJa = labelJa;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }
}
