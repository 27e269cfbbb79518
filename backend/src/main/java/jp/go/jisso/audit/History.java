package jp.go.jisso.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads the change history of a record (and of the parts scoped to it), newest first. */
@ApplicationScoped
public class History {

    /** History of records that hold no contact details. */
    public List<HistoryEntry> of(String recordType, long recordId) {
        return of(recordType, recordId, true);
    }

    /** A project's history: its own changes and those of its sub-projects and assignments (sheets have their own). */
    public List<HistoryEntry> ofProject(long projectId, boolean withContact) {
        return AuditEntry.<AuditEntry>list("(recordType = 'Project' and recordId = ?1) or (scopeType = 'Project' and scopeId = ?1"
                        + " and recordType in ('SubProject', 'ProjectAssignment')) order by occurredAt desc, id desc", projectId)
                .stream().map(e -> withContact ? HistoryEntry.of(e) : HistoryEntry.withoutContact(e)).toList();
    }

    /** @param withContact false hides changed e-mail addresses (for callers who may not see contact details) */
    public List<HistoryEntry> of(String recordType, long recordId, boolean withContact) {
        return AuditEntry.<AuditEntry>list(
                        "(recordType = ?1 and recordId = ?2) or (scopeType = ?1 and scopeId = ?2) order by occurredAt desc, id desc",
                        recordType, recordId)
                .stream().map(e -> withContact ? HistoryEntry.of(e) : HistoryEntry.withoutContact(e)).toList();
    }
}
