package jp.go.jisso.project;

public enum ProjectStatus {
    SELECTED,
    SUPPORTING,
    SUPPORT_ENDED
}
