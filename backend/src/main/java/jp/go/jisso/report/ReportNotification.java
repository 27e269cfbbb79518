package jp.go.jisso.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import jp.go.jisso.person.Person;

/** An in-app notification for one person (reminders). */
@Entity
@Table(name = "report_notification")
public class ReportNotification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sheet_id")
    public ReportSheet sheet;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String message;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "read_at")
    public Instant readAt;
}
