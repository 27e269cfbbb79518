package jp.go.jisso.project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether a project is on course for its implementation targets (一部実装 within 3 years,
 * 本格実装 within 5), computed from its stage and today's date, with the reason.
 */
@Schema(name = "ProjectHealth")
public record ProjectHealth(
        @Schema(required = true) Flag flag,
        @Schema(required = true, description = "Stable reason code for the SPA's message", examples = "PARTIAL_TARGET_PASSED") String reasonCode,
        @Schema(required = true) String reason) {

    public enum Flag { ON_TRACK, AT_RISK, OVERDUE }

    /** How long before a target an unmet one counts as at risk. */
    static final int AT_RISK_MONTHS = 6;

    public static ProjectHealth assess(Project p, LocalDate today) {
        LocalDate partial = ProjectTargets.partialImplementation(p.selectionFy);
        LocalDate full = ProjectTargets.fullImplementation(p.selectionFy);
        if (p.implementationStage == ImplementationStage.FULL) {
            return new ProjectHealth(Flag.ON_TRACK, "FULL_IMPLEMENTATION", "本格実装に到達しています / Fully implemented");
        }
        if (today.isAfter(full)) {
            return new ProjectHealth(Flag.OVERDUE, "FULL_TARGET_PASSED",
                    "本格実装の目標期限 " + full + " を " + ChronoUnit.DAYS.between(full, today) + " 日過ぎています / Full-implementation target passed");
        }
        if (p.implementationStage == ImplementationStage.NONE && today.isAfter(partial)) {
            return new ProjectHealth(Flag.OVERDUE, "PARTIAL_TARGET_PASSED",
                    "一部実装の目標期限 " + partial + " を " + ChronoUnit.DAYS.between(partial, today) + " 日過ぎています / Partial-implementation target passed");
        }
        if (p.implementationStage == ImplementationStage.NONE && !today.isBefore(partial.minusMonths(AT_RISK_MONTHS))) {
            return new ProjectHealth(Flag.AT_RISK, "PARTIAL_TARGET_NEAR",
                    "一部実装の目標期限 " + partial + " まで " + AT_RISK_MONTHS + " か月を切っています / Partial-implementation target is near");
        }
        if (!today.isBefore(full.minusMonths(AT_RISK_MONTHS))) {
            return new ProjectHealth(Flag.AT_RISK, "FULL_TARGET_NEAR",
                    "本格実装の目標期限 " + full + " まで " + AT_RISK_MONTHS + " か月を切っています / Full-implementation target is near");
        }
        return new ProjectHealth(Flag.ON_TRACK, "ON_SCHEDULE", "目標期限に向けて進行中です / On schedule");
    }
}
