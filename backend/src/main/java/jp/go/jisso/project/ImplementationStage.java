package jp.go.jisso.project;

/** none / 一部実装 (partial) / 本格実装 (full: a business that runs on its own). */
public enum ImplementationStage {
    NONE,
    PARTIAL,
    FULL
}
