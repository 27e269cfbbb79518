package jp.go.jisso.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One appended line of change history. Never updated or deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt = Instant.now();

    @Column(name = "actor_username", nullable = false, updatable = false)
    public String actorUsername;

    @Column(name = "actor_subject", updatable = false)
    public String actorSubject;

    @Column(name = "actor_org_code", updatable = false)
    public String actorOrgCode;

    @Column(name = "actor_roles", updatable = false)
    public String actorRoles;

    @Column(name = "service_account", nullable = false, updatable = false)
    public boolean serviceAccount;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "record_type", nullable = false, updatable = false)
    public String recordType;

    @Column(name = "record_id", updatable = false)
    public Long recordId;

    /** The enclosing record whose history also lists this entry (a sub-project's project). */
    @Column(name = "scope_type", updatable = false)
    public String scopeType;

    @Column(name = "scope_id", updatable = false)
    public Long scopeId;

    /** Changed fields: {"field": {"before": ..., "after": ...}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public Map<String, Object> changes;
}
