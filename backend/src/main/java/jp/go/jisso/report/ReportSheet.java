package jp.go.jisso.report;

import jp.go.jisso.common.VersionedEntity;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import jp.go.jisso.project.Project;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One sheet of one project for one period. */
@Entity
@Table(name = "report_sheet")
public class ReportSheet extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "sheet_type", nullable = false)
    public SheetType type;

    @Column(name = "period_key", nullable = false)
    public String periodKey;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SheetStatus status = SheetStatus.NOT_STARTED;

    /** The working content (the typed content of this sheet type as JSON); null until first saved. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> content;

    @Column(name = "current_revision", nullable = false)
    public int currentRevision;

    @Column(name = "lateness_reason")
    public String latenessReason;

    @Column(name = "last_submitted_at")
    public Instant lastSubmittedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    /** Opinion sheets: the officer's assessment and the progress sheet's milestone statuses disagree. */
    @Column(nullable = false)
    public boolean divergent;

    /** Expense surveys: the same scheme is claimed twice for the same sub-project. */
    @Column(name = "duplicate_funding", nullable = false)
    public boolean duplicateFunding;

    public Period period() {
        return new Period(periodKey, periodStart, periodEnd);
    }
}
