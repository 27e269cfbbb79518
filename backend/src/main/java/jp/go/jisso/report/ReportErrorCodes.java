package jp.go.jisso.report;

/** Stable problem codes of the reports API (in addition to jp.go.jisso.common.ErrorCodes). */
public final class ReportErrorCodes {
    /** 409: the action is not possible in the sheet's state; errors[] lists the allowed actions (field "allowedActions"). */
    public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";
    /** 400 field code: a submission after the due date needs a lateness reason. */
    public static final String LATENESS_REASON_REQUIRED = "LATENESS_REASON_REQUIRED";
    /** 400: an uploaded file is not the Jisso form of this sheet type. */
    public static final String NOT_A_FORM = "NOT_A_FORM";
    /** 400: an uploaded workbook contains macros (.xlsm, vbaProject.bin). */
    public static final String MACRO_NOT_ALLOWED = "MACRO_NOT_ALLOWED";
    /** 413: an uploaded file is larger than the documented limit. */
    public static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";
    /** 400: the form's cells have problems; errors[].field is the cell reference (e.g. KPI!D7). */
    public static final String IMPORT_INVALID = "IMPORT_INVALID";

    private ReportErrorCodes() {}
}
