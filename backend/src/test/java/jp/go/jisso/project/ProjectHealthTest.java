package jp.go.jisso.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProjectHealthTest {

    static Project selectedIn(int fy, ImplementationStage stage) {
        Project p = new Project();
        p.selectionFy = fy;
        p.implementationStage = stage;
        return p;
    }

    @Test
    void aNewProjectIsOnTrack() {
        assertThat(ProjectHealth.assess(selectedIn(2021, ImplementationStage.NONE), LocalDate.of(2022, 1, 1)).flag())
                .isEqualTo(ProjectHealth.Flag.ON_TRACK);
    }

    @Test
    void withoutPartialImplementationSixMonthsBeforeTheThreeYearTargetItIsAtRisk() {
        ProjectHealth h = ProjectHealth.assess(selectedIn(2021, ImplementationStage.NONE), LocalDate.of(2023, 10, 1));
        assertThat(h.flag()).isEqualTo(ProjectHealth.Flag.AT_RISK);
        assertThat(h.reasonCode()).isEqualTo("PARTIAL_TARGET_NEAR");
    }

    @Test
    void withoutPartialImplementationAfterThreeYearsItIsOverdue() {
        ProjectHealth h = ProjectHealth.assess(selectedIn(2021, ImplementationStage.NONE), LocalDate.of(2024, 4, 1));
        assertThat(h.flag()).isEqualTo(ProjectHealth.Flag.OVERDUE);
        assertThat(h.reason()).contains("2024-03-31").contains("1 日");
    }

    @Test
    void partialImplementationIsOnTrackUntilTheFiveYearTargetNears() {
        assertThat(ProjectHealth.assess(selectedIn(2021, ImplementationStage.PARTIAL), LocalDate.of(2024, 4, 1)).flag())
                .isEqualTo(ProjectHealth.Flag.ON_TRACK);
        assertThat(ProjectHealth.assess(selectedIn(2021, ImplementationStage.PARTIAL), LocalDate.of(2026, 1, 1)).reasonCode())
                .isEqualTo("FULL_TARGET_NEAR");
        assertThat(ProjectHealth.assess(selectedIn(2021, ImplementationStage.PARTIAL), LocalDate.of(2026, 4, 1)).reasonCode())
                .isEqualTo("FULL_TARGET_PASSED");
    }

    @Test
    void fullImplementationIsAlwaysOnTrack() {
        assertThat(ProjectHealth.assess(selectedIn(2018, ImplementationStage.FULL), LocalDate.of(2030, 1, 1)).flag())
                .isEqualTo(ProjectHealth.Flag.ON_TRACK);
    }
}
