package jp.go.jisso.report.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 進行管理シート: results, the schedule as milestones, KPIs, next period's plan. */
@Schema(name = "ProgressContent")
public record ProgressContent(
        @Schema(description = "実績: results in the period") String results,
        @Schema(description = "事業工程: the project schedule") List<Milestone> milestones,
        List<Kpi> kpis,
        @Schema(description = "次期計画: next period's plan") String nextPlan) {

    @Schema(name = "Milestone")
    public record Milestone(
            String name,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate actualStart,
            LocalDate actualEnd,
            MilestoneStatus status,
            String note) {}

    @Schema(name = "Kpi")
    public record Kpi(
            String name,
            String unit,
            BigDecimal baseline,
            @Schema(description = "Yearly targets, one per fiscal year") List<KpiTarget> targets,
            @Schema(description = "Actual value for the period") BigDecimal actual) {}

    @Schema(name = "KpiTarget")
    public record KpiTarget(int fy, BigDecimal value) {}

    public List<Milestone> milestonesOrEmpty() {
        return milestones == null ? List.of() : milestones;
    }

    public List<Kpi> kpisOrEmpty() {
        return kpis == null ? List.of() : kpis;
    }
}
