package jp.go.jisso.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** The Cabinet Office's cadence and due rule for one sheet type. */
@Entity
@Table(name = "report_schedule")
public class ReportSchedule extends PanacheEntityBase {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "sheet_type")
    public SheetType sheetType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Cadence cadence;

    @Column(name = "due_day", nullable = false)
    public int dueDay;

    @Column(name = "due_month")
    public Integer dueMonth;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "reminder_days_before", nullable = false)
    public int reminderDaysBefore;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();
}
