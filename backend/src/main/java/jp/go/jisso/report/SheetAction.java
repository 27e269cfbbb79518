package jp.go.jisso.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What can be done to a sheet, and from which states (the state machine of docs/reports.md). */
public enum SheetAction {
    /** Save the content as a draft (also: import an Excel file). */
    SAVE(EnumSet.of(SheetStatus.NOT_STARTED, SheetStatus.DRAFT, SheetStatus.RETURNED)),
    SUBMIT(EnumSet.of(SheetStatus.DRAFT, SheetStatus.RETURNED)),
    RETURN(SheetStatus.AWAITING_REVIEW),
    ACCEPT(SheetStatus.AWAITING_REVIEW),
    /** A review comment without a change of state (officer on progress sheets, Cabinet Office). */
    COMMENT(EnumSet.complementOf(EnumSet.of(SheetStatus.NOT_STARTED))),
    /** A dated follow-up entry on an issue of the issue register. */
    ADD_FOLLOW_UP(EnumSet.complementOf(EnumSet.of(SheetStatus.NOT_STARTED)));

    public final Set<SheetStatus> from;

    SheetAction(Set<SheetStatus> from) {
        this.from = from;
    }

    public boolean allowedIn(SheetStatus status) {
        return from.contains(status);
    }

    /** The state after this action. */
    public SheetStatus target(SheetStatus current) {
        return switch (this) {
            case SAVE -> current == SheetStatus.NOT_STARTED ? SheetStatus.DRAFT : current;
            case SUBMIT -> current == SheetStatus.RETURNED ? SheetStatus.RESUBMITTED : SheetStatus.SUBMITTED;
            case RETURN -> SheetStatus.RETURNED;
            case ACCEPT -> SheetStatus.ACCEPTED;
            default -> current;
        };
    }

    /** The state changes possible from a state (for the 409 answer). */
    public static List<SheetAction> transitionsFrom(SheetStatus status) {
        return List.of(SAVE, SUBMIT, RETURN, ACCEPT).stream().filter(a -> a.allowedIn(status)).toList();
    }
}
