package jp.go.jisso.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.List;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.Role;

/**
 * Appends audit entries inside the writer's transaction, so a change and its history commit
 * together. Snapshots are the API views of the record (what users see), compared field by
 * field; only changed fields are kept, with their value before and after.
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of writes made by the system itself (seed load, scheduled jobs). */
    public static final String SYSTEM_ACTOR = "system";

    @Inject
    ObjectMapper json;

    /** A change made by the caller; before is null on create, after is null on delete. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String recordType, Long recordId, Scope scope, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.actorUsername = caller.username();
        entry.actorSubject = caller.subject();
        entry.actorOrgCode = caller.organisationCode().orElse(null);
        entry.actorRoles = String.join(",", caller.roles().stream().filter(r -> List.of(Role.ALL).contains(r)).toList());
        entry.serviceAccount = caller.isServiceAccount();
        fill(entry, action, recordType, recordId, scope, diff(before, after));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void system(String action, String recordType, Long recordId, Map<String, Object> changes) {
        AuditEntry entry = new AuditEntry();
        entry.actorUsername = SYSTEM_ACTOR;
        fill(entry, action, recordType, recordId, null, changes);
    }

    private void fill(AuditEntry entry, String action, String recordType, Long recordId, Scope scope, Map<String, Object> changes) {
        entry.action = action;
        entry.recordType = recordType;
        entry.recordId = recordId;
        if (scope != null) {
            entry.scopeType = scope.type();
            entry.scopeId = scope.id();
        }
        entry.changes = changes;
        entry.persist();
    }

    /** The record (e.g. a project) whose history also shows this change (e.g. of its sub-project). */
    public record Scope(String type, Long id) {}

    @SuppressWarnings("unchecked")
    Map<String, Object> diff(Object before, Object after) {
        Map<String, Object> b = before == null ? Map.of() : json.convertValue(before, Map.class);
        Map<String, Object> a = after == null ? Map.of() : json.convertValue(after, Map.class);
        Map<String, Object> changes = new LinkedHashMap<>();
        TreeSet<String> fields = new TreeSet<>(b.keySet());
        fields.addAll(a.keySet());
        fields.remove("version");
        for (String field : fields) {
            Object was = b.get(field);
            Object now = a.get(field);
            if (!Objects.equals(was, now)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", was);
                change.put("after", now);
                changes.put(field, change);
            }
        }
        return changes;
    }
}
