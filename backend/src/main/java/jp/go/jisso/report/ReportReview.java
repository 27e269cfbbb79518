package jp.go.jisso.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A return, an acceptance or a comment on a sheet, with comments per section. */
@Entity
@Table(name = "report_review")
public class ReportReview extends PanacheEntityBase {

    public enum Action { RETURN, ACCEPT, COMMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id")
    public ReportSheet sheet;

    @Column(name = "revision_number", nullable = false)
    public int revisionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "author_username", nullable = false)
    public String authorUsername;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "author_role")
    public String authorRole;

    /** [{section, comment}] */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Map<String, String>> comments;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
}
