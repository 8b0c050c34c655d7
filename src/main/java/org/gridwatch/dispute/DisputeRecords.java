package org.gridwatch.dispute;

import java.util.List;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.RecordKind;

/**
 * What the grid and place timelines (and the statistics) learn of a dispute: never the parties' phones or ID
 * numbers; the call-back's satisfaction once there is one.
 */
final class DisputeRecords {

    private DisputeRecords() {
    }

    static FieldRecordSaved saved(Dispute dispute) {
        List<Long> team = dispute.getTeam().stream().map(TeamSeat::personId).toList();
        return new FieldRecordSaved(RecordKind.DISPUTE, dispute.getId(), List.of(dispute.getGridId()),
                dispute.getPlaceId(), dispute.getOccurredAt(), null, dispute.getCategory().labelKey(),
                summary(dispute), team, null, null, null, dispute.getState().labelKey(), 0, dispute.getSatisfaction());
    }

    /** "张三、李四：description" — the parties' names and what it is about. */
    static String summary(Dispute dispute) {
        String names = String.join("、", dispute.getParties().stream().map(Party::name).toList());
        return names.isEmpty() ? dispute.getDescription() : names + "：" + dispute.getDescription();
    }
}
