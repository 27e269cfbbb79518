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

    @Transactional
    public void setDue(long sheetId, LocalDate due) {
        ReportSheet s = ReportSheet.findById(sheetId);
        s.dueDate = due;
    }
}
