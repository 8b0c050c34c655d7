package org.gridwatch.audit;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a record's revisions, newest first, with the fields that changed in each. Modules call it
 * from their facades (after their own scope check) with their entity class.
 */
@Service
@Transactional(readOnly = true)
public class AuditHistory {

    private static final List<String> NOT_SHOWN = List.of("id", "version", "createdAt", "updatedAt");

    private final EntityManager entityManager;

    AuditHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<HistoryEntry> of(Class<?> entityType, Object id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object state = row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            HistoryEntry.Kind kind = switch (type) {
                case ADD -> HistoryEntry.Kind.CREATED;
                case MOD -> HistoryEntry.Kind.CHANGED;
                case DEL -> HistoryEntry.Kind.DELETED;
            };
            entries.add(new HistoryEntry(Instant.ofEpochMilli(revision.getTimestamp()), revision.getUsername(), kind,
                    type == RevisionType.DEL ? List.of() : differences(entityType, previous, state)));
            previous = state;
        }
        Collections.reverse(entries);
        return entries;
    }

    private static List<HistoryEntry.FieldChange> differences(Class<?> type, Object before, Object after) {
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        for (Field field : fields(type)) {
            if (Modifier.isStatic(field.getModifiers()) || NOT_SHOWN.contains(field.getName())) {
                continue;
            }
            field.setAccessible(true);
            String old = before == null ? null : display(read(field, before));
            String now = display(read(field, after));
            if (!Objects.equals(old, now)) {
                changes.add(new HistoryEntry.FieldChange(field.getName(), old, now));
            }
        }
        return changes;
    }

    /** The entity's own fields and those it inherits from mapped superclasses, the inherited ones first. */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(0, List.of(c.getDeclaredFields()));
        }
        return fields;
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String display(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).sorted().toList().toString();
        }
        String text = String.valueOf(value);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
