package jp.go.jisso.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The content of a sheet as submitted; never changed (a database trigger refuses updates). */
@Entity
@Immutable
@Table(name = "report_revision")
public class ReportRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id")
    public ReportSheet sheet;

    @Column(nullable = false)
    public int number;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Object> content;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt = Instant.now();

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_by_name")
    public String submittedByName;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "lateness_reason")
    public String latenessReason;
}
