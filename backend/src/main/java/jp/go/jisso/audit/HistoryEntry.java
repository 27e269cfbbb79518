package jp.go.jisso.audit;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One change of a record: who, when, what, and the changed fields before and after")
public record HistoryEntry(
        @Schema(required = true) long id,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true, description = "Username, or 'system' for seed loads and scheduled jobs") String actorUsername,
        String actorOrganisationCode,
        @Schema(description = "Comma-separated realm roles of the actor") String actorRoles,
        @Schema(required = true) boolean serviceAccount,
        @Schema(required = true, examples = "UPDATE") String action,
        @Schema(required = true, examples = "Project") String recordType,
        Long recordId,
        @Schema(required = true, description = "field → {before, after}") Map<String, Object> changes) {

    public static HistoryEntry of(AuditEntry e) {
        return new HistoryEntry(e.id, e.occurredAt, e.actorUsername, e.actorOrgCode, e.actorRoles, e.serviceAccount,
                e.action, e.recordType, e.recordId, e.changes);
    }

    static HistoryEntry withoutContact(AuditEntry e) {
        Map<String, Object> changes = new java.util.LinkedHashMap<>(e.changes);
        changes.remove("email");
        return new HistoryEntry(e.id, e.occurredAt, e.actorUsername, e.actorOrgCode, e.actorRoles, e.serviceAccount,
                e.action, e.recordType, e.recordId, changes);
    }
}
