package vn.ketnghia.common.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.ketnghia.common.persistence.AuditedEntity;
import vn.ketnghia.common.security.Caller;

/** Writes and reads the append-only history. Services call it in the transaction of the change. */
@ApplicationScoped
public class History {

    /** Audit fields move on every change and say nothing the entry does not already say. */
    private static final Set<String> NOISE = Set.of("version", "updatedAt", "updatedBy");

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, long entityId, String action, Object before, Object after) {
        record(entityType, entityId, action, before, after, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, long entityId, String action, Object before, Object after, String note) {
        ChangeLogEntry entry = new ChangeLogEntry();
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = action;
        entry.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (Arc.container().getActiveContext(RequestScoped.class) != null) {
            Caller caller = Arc.container().instance(Caller.class).get();
            entry.changedBy = caller.username();
            entry.changedByName = caller.displayName();
        } else {
            entry.changedBy = AuditedEntity.SYSTEM_USER;
        }
        entry.note = note;
        entry.before = before == null ? null : json.valueToTree(before);
        entry.after = after == null ? null : json.valueToTree(after);
        entry.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> of(String entityType, long entityId) {
        List<ChangeLogEntry> rows = ChangeLogEntry.list(
                "entityType = ?1 and entityId = ?2 order by id", entityType, entityId);
        return rows.stream().map(History::toEntry).toList();
    }

    /** The histories of several objects of one type in one query: entity id → its entries, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<HistoryEntry>> ofEach(String entityType, Collection<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return Map.of();
        }
        List<ChangeLogEntry> rows = ChangeLogEntry.list(
                "entityType = ?1 and entityId in ?2 order by id", entityType, entityIds);
        Map<Long, List<HistoryEntry>> byEntity = new LinkedHashMap<>();
        for (ChangeLogEntry row : rows) {
            byEntity.computeIfAbsent(row.entityId, id -> new ArrayList<>()).add(toEntry(row));
        }
        return byEntity;
    }

    private static HistoryEntry toEntry(ChangeLogEntry row) {
        return new HistoryEntry(row.id, row.action, row.changedAt, row.changedBy, row.changedByName, row.note,
                diff(row.before, row.after), row.before, row.after);
    }

    static List<HistoryEntry.FieldChange> diff(JsonNode before, JsonNode after) {
        Set<String> fields = new TreeSet<>();
        collect(before, fields);
        collect(after, fields);
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (NOISE.contains(field)) {
                continue;
            }
            JsonNode was = value(before, field);
            JsonNode is = value(after, field);
            if (!was.equals(is)) {
                changes.add(new HistoryEntry.FieldChange(field, was, is));
            }
        }
        return changes;
    }

    private static void collect(JsonNode node, Set<String> into) {
        if (node != null && node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                into.add(it.next());
            }
        }
    }

    private static JsonNode value(JsonNode node, String field) {
        if (node == null || !node.has(field)) {
            return NullNode.getInstance();
        }
        return node.get(field);
    }
}
