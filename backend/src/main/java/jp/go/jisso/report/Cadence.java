package jp.go.jisso.report;

public enum Cadence {
    MONTHLY,
    YEARLY
}
