package org.gridwatch.fieldwork;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the timeline rows of a record in step with it. Runs inside the transaction that saved the record,
 * so a record and its timeline entries commit (or roll back) together.
 */
@Component
class TimelineKeeper {

    private final JdbcClient jdbc;

    TimelineKeeper(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(FieldRecordSaved saved) {
        jdbc.sql("delete from timeline_entry where kind = ? and record_id = ?")
                .params(saved.kind().name(), saved.recordId()).update();
        List<Long> grids = saved.gridIds().stream().distinct().toList();
        Long[] people = saved.personIds().toArray(Long[]::new);
        for (int i = 0; i < grids.size(); i++) {
            jdbc.sql("""
                    insert into timeline_entry (kind, record_id, grid_id, home_grid, place_id, occurred_at, ended_at,
                                                subkind_key, summary, person_ids, campaign_id, lat, lon)
                    values (:kind, :record, :grid, :home, :place, :occurred, :ended, :subkind, :summary, :people,
                            :campaign, :lat, :lon)
                    """)
                    .param("kind", saved.kind().name()).param("record", saved.recordId())
                    .param("grid", grids.get(i)).param("home", i == 0).param("place", saved.placeId())
                    .param("occurred", Timestamp.from(saved.occurredAt()))
                    .param("ended", saved.endedAt() == null ? null : Timestamp.from(saved.endedAt()))
                    .param("subkind", saved.subkindKey()).param("summary", saved.summary())
                    .param("people", people).param("campaign", saved.campaignId())
                    .param("lat", saved.lat()).param("lon", saved.lon())
                    .update();
        }
    }
}
