package org.gridwatch.stats;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridwatch.fieldwork.RecordKind;

/** An area's figures over a period, by kind, subkind and state, with the sums a dashboard card shows. */
public record Figures(List<Row> rows) {

    public record Row(RecordKind kind, String subkindKey, String stateKey, long records, long minutes, long amount) {
    }

    public Figures {
        rows = List.copyOf(rows);
    }

    public long records(RecordKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).mapToLong(Row::records).sum();
    }

    public long records(RecordKind kind, String subkindKey) {
        return rows.stream().filter(r -> r.kind() == kind && r.subkindKey().equals(subkindKey))
                .mapToLong(Row::records).sum();
    }

    /** Hours, to one decimal (patrol hours). */
    public double hours(RecordKind kind) {
        return Math.round(rows.stream().filter(r -> r.kind() == kind).mapToLong(Row::minutes).sum() / 6.0) / 10.0;
    }

    public long amount(RecordKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).mapToLong(Row::amount).sum();
    }

    /** Records of the kind per subkind key, in key order (only keys with records). */
    public Map<String, Long> bySubkind(RecordKind kind) {
        Map<String, Long> result = new TreeMap<>();
        rows.stream().filter(r -> r.kind() == kind && !r.subkindKey().isEmpty() && r.records() != 0)
                .forEach(r -> result.merge(r.subkindKey(), r.records(), Long::sum));
        return result;
    }

    /** Records of the kind per state key, in key order (only keys with records). */
    public Map<String, Long> byState(RecordKind kind) {
        Map<String, Long> result = new TreeMap<>();
        rows.stream().filter(r -> r.kind() == kind && !r.stateKey().isEmpty() && r.records() != 0)
                .forEach(r -> result.merge(r.stateKey(), r.records(), Long::sum));
        return result;
    }
}
