package jp.go.jisso.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import jp.go.jisso.project.Project;

/** Opens sheets of given periods for the tests (each test uses periods of its own). */
@ApplicationScoped
public class ReportTestData {

    @Inject
    SheetGenerator generator;

    @Transactional
    public long open(int fy, int number, SheetType type, String periodKey) {
        Project p = Project.<Project>find("selectionFy = ?1 and number = ?2", fy, number).firstResult();
        Period period = Period.parse(periodKey).orElseThrow();
        ReportSchedule s = ReportSchedule.findById(type);
        generator.open(type, period, DueRules.dueDate(s, period), p.id, null);
        return ReportSheet.<ReportSheet>find("project = ?1 and type = ?2 and periodKey = ?3", p, type, periodKey).firstResult().id;
    }

    /** Opens a period for every project in support, as the generation does; returns how many sheets were new. */
    @Transactional
    public int openForAll(SheetType type, String periodKey) {
        Period period = Period.parse(periodKey).orElseThrow();
        return generator.open(type, period, DueRules.dueDate(ReportSchedule.findById(type), period), null, null);
    }

    /** Sets a project's status and returns the previous one. */
    @Transactional
    public jp.go.jisso.project.ProjectStatus setStatus(long projectId, jp.go.jisso.project.ProjectStatus status) {
        Project p = Project.findById(projectId);
        jp.go.jisso.project.ProjectStatus before = p.status;
        p.status = status;
        return before;
    }

    @Transactional
    public void setDue(long sheetId, LocalDate due) {
        ReportSheet s = ReportSheet.findById(sheetId);
        s.dueDate = due;
    }
}
