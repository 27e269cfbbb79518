package jp.go.jisso.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Appends audit entries inside the caller's transaction: the change and its history commit together. */
@ApplicationScoped
public class AuditLog {

    /** The actor of writes made by the system itself (seed load, scheduled jobs). */
    public static final String SYSTEM_ACTOR = "system";

    @Transactional(Transactional.TxType.MANDATORY)
    public void system(String action, String recordType, Long recordId, Map<String, Object> changes) {
        AuditEntry entry = new AuditEntry();
        entry.actorUsername = SYSTEM_ACTOR;
        entry.action = action;
        entry.recordType = recordType;
        entry.recordId = recordId;
        entry.changes = changes;
        entry.persist();
    }
}
