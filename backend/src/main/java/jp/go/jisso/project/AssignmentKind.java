package jp.go.jisso.project;

public enum AssignmentKind {
    /** 現地支援責任者: exactly one active per project. */
    SUPPORT_OFFICER,
    /** 本省窓口 of the officer's ministry. */
    HOME_MINISTRY_CONTACT,
    /** The local government's secretariat contact (地域実装協議会 事務局). */
    SECRETARIAT_CONTACT,
    /** A council member from a ministry or company. */
    MEMBER
}
