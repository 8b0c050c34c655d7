package org.gridwatch.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.gridwatch.Eventually;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaChanges;
import org.gridwatch.area.AreaDetails;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaFixtures;
import org.gridwatch.area.AreaManagement;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The supervision map's three requests: cached geometry, values per grid, and the scope rules of both. */
@IntegrationTest
class MapTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired Statistics statistics;
    @Autowired AreaManagement areaManagement;
    @Autowired AreaDirectory areaDirectory;
    @Autowired TestClock clock;

    TestTerritory t;
    SignedInUser supervisorA;
    long ids = System.nanoTime();

    @BeforeEach
    void territory() {
        clock.set(Instant.parse("2026-07-20T04:00:00Z"));
        t = TestTerritory.create(jdbc);
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        drawBoundary(t.gridA1, AreaFixtures.square(125.30, 43.80, 0.01));
        drawBoundary(t.gridA2, AreaFixtures.square(125.31, 43.80, 0.01));
    }

    void drawBoundary(long gridId, String boundary) {
        AreaDetails grid = areaDirectory.details(gridId, AreaScope.everything());
        areaManagement.change(gridId, new AreaChanges(grid.version(), grid.code(), grid.name(), null, null,
                grid.households(), boundary));
    }

    void save(RecordKind kind, long grid, String when, String subkind, long minutes) {
        long id = ++ids;
        Instant start = Instant.parse(when);
        Instant end = minutes == 0 ? null : start.plusSeconds(minutes * 60);
        transactions.executeWithoutResult(tx -> events.publishEvent(new FieldRecordSaved(kind, id, List.of(grid),
                null, start, end, subkind, "x", List.of(), null, null, null, null, 0)));
    }

    @Test
    void theGeometryCarriesAnEntityTagAndAnUnchangedAreaIsNotSentAgain() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/dashboard/map/geometry")
                        .param("area", String.valueOf(t.communityA)).with(user(supervisorA)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=60, must-revalidate, private"))
                .andReturn().getResponse();
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        JsonNode features = JSON.readTree(first.getContentAsByteArray()).get("features");
        assertThat(features).hasSize(2);
        assertThat(features.get(0).get("geometry").get("type").asString()).isEqualTo("Polygon");
        assertThat(features.findValues("id")).extracting(JsonNode::asLong).containsOnly(t.gridA1, t.gridA2);

        mvc.perform(get("/dashboard/map/geometry").param("area", String.valueOf(t.communityA))
                        .header("If-None-Match", etag).with(user(supervisorA)))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag));

        // the same bytes, gzipped for a browser that accepts it
        MockHttpServletResponse zipped = mvc.perform(get("/dashboard/map/geometry")
                        .param("area", String.valueOf(t.communityA)).header("Accept-Encoding", "gzip, deflate")
                        .with(user(supervisorA)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Encoding", "gzip"))
                .andReturn().getResponse();
        assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray())).readAllBytes())
                .isEqualTo(first.getContentAsByteArray());
    }

    @Test
    void anAreaEditChangesTheEntityTagAndTheGeometry() throws Exception {
        String before = mvc.perform(get("/dashboard/map/geometry").param("area", String.valueOf(t.communityA))
                .with(user(supervisorA))).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");

        drawBoundary(t.gridA2, AreaFixtures.square(125.32, 43.81, 0.02));

        MockHttpServletResponse after = mvc.perform(get("/dashboard/map/geometry")
                        .param("area", String.valueOf(t.communityA)).header("If-None-Match", before)
                        .with(user(supervisorA)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(after.getHeader("ETag")).isNotEqualTo(before);
        assertThat(after.getContentAsString()).contains("125.34");
    }

    @Test
    void theValuesArePerGridAndMatchTheRecordsCounted() throws Exception {
        save(RecordKind.PATROL, t.gridA1, "2026-07-06T02:00:00Z", "patrol.kind.ROUTINE", 90);
        save(RecordKind.PATROL, t.gridA1, "2026-07-07T02:00:00Z", "patrol.kind.ROUTINE", 30);
        save(RecordKind.VISIT, t.gridA1, "2026-07-08T02:00:00Z", "visit.kind.SCHOOL", 0);
        save(RecordKind.VISIT, t.gridA2, "2026-07-08T02:00:00Z", "visit.kind.SCHOOL", 0);
        save(RecordKind.VISIT, t.gridA2, "2026-06-08T02:00:00Z", "visit.kind.SCHOOL", 0);
        save(RecordKind.VISIT, t.gridB1, "2026-07-08T02:00:00Z", "visit.kind.SCHOOL", 0);
        Eventually.value(() -> statistics.figures(t.branch, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31))
                .records(RecordKind.VISIT), n -> n == 4);
        Eventually.value(() -> statistics.figures(t.branch, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31))
                .records(RecordKind.PATROL), n -> n == 2);

        Map<Long, Double> records = values(t.stationA, "RECORDS");
        assertThat(records).containsOnlyKeys(t.gridA1, t.gridA2);
        for (long grid : List.of(t.gridA1, t.gridA2)) {
            long counted = jdbc.sql("""
                    select count(*) from stats_record
                    where grid_id = ? and day between '2026-07-01' and '2026-07-31'
                    """).param(grid).query(Long.class).single();
            assertThat(records.get(grid)).as("grid %d", grid).isEqualTo((double) counted);
        }
        assertThat(records).containsEntry(t.gridA1, 3.0).containsEntry(t.gridA2, 1.0);
        assertThat(values(t.stationA, "PATROL_HOURS")).containsEntry(t.gridA1, 2.0).containsEntry(t.gridA2, 0.0);
    }

    @Test
    void anAreaOutsideTheScopeIsNotFoundForGeometryValuesAndPoints() throws Exception {
        for (String url : List.of("/dashboard/map/geometry", "/dashboard/map/data", "/dashboard/map/points")) {
            mvc.perform(get(url).param("area", String.valueOf(t.stationB)).with(user(supervisorA)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(url).param("area", String.valueOf(t.gridB1)).with(user(supervisorA)))
                    .andExpect(status().isNotFound());
        }
        // a tag of the other station's geometry does not open it either
        SignedInUser supervisorB = TestTerritory.user(accounts, users, t.stationB, Role.SUPERVISOR);
        String theirs = mvc.perform(get("/dashboard/map/geometry").param("area", String.valueOf(t.stationB))
                .with(user(supervisorB))).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/dashboard/map/geometry").param("area", String.valueOf(t.stationB))
                        .header("If-None-Match", theirs).with(user(supervisorA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/map").param("measure", "nonsense").with(user(supervisorA)))
                .andExpect(status().isOk());
    }

    Map<Long, Double> values(long area, String measure) throws Exception {
        JsonNode json = JSON.readTree(mvc.perform(get("/dashboard/map/data").param("area", String.valueOf(area))
                        .param("measure", measure).with(user(supervisorA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Map<Long, Double> values = new HashMap<>();
        json.properties().forEach(e -> values.put(Long.valueOf(e.getKey()), e.getValue().asDouble()));
        return values;
    }
}
