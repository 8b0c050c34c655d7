package org.gridwatch.demo.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.stats.StatisticsRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the database with a large territory under one branch (stations → communities → grids with square
 * boundaries, people, places, duty) and field records over the last two years, written with COPY straight into
 * the recording modules' tables and into {@code stats_record} (the facts each record's event would give), then
 * rolls the figures up with set-based SQL. No events are published: the result is what the event path and a
 * rebuild would produce (a test holds it to that). For benchmarks only — never part of a normal start.
 */
public final class BulkGenerator {

    private static final Logger log = LoggerFactory.getLogger(BulkGenerator.class);
    private static final int GRIDS_PER_COMMUNITY = 20;
    private static final int COMMUNITIES_PER_STATION = 25;
    private static final int DAYS = 730;
    private static final String BY = "批量生成";

    /** Share of each kind, roughly the demo's proportions. */
    private static final Map<RecordKind, Double> SHARES = new EnumMap<>(Map.of(RecordKind.PATROL, 0.28,
            RecordKind.VISIT, 0.34, RecordKind.CONSULTATION, 0.22, RecordKind.PUBLICITY, 0.025, RecordKind.DRILL,
            0.005, RecordKind.TIP, 0.05, RecordKind.DISPUTE, 0.04, RecordKind.HAZARD, 0.04));

    private static final String[] PATROL_KINDS = {"ROUTINE", "ROUTINE", "ROUTINE", "ROUTINE", "ROUTINE", "SCHOOL_GUARD",
            "TRAFFIC"};
    private static final String[] VISIT_KINDS = {"HOUSEHOLD", "HOUSEHOLD", "HOUSEHOLD", "HOUSEHOLD", "HOUSEHOLD",
            "ENTERPRISE", "ENTERPRISE", "VENUE", "SCHOOL", "OTHER"};
    private static final String[] PLACE_KINDS = {"HOUSEHOLD", "ENTERPRISE", "VENUE", "SCHOOL"};
    private static final String[] VISIT_CATEGORIES = {"CONCERN", "REQUEST", "RISK", "PRAISE", "OTHER"};
    private static final String[] CHANNELS = {"IN_PERSON", "IN_PERSON", "PHONE", "PHONE", "ONLINE"};
    private static final String[] TOPICS = {"ANTI_FRAUD", "ANTI_FRAUD", "LEGAL", "TRAFFIC", "DRUGS", "OTHER"};
    private static final String[] TIP_CATEGORIES = {"TELECOM_FRAUD", "GAMBLING", "DRUGS", "OTHER"};
    private static final String[] TIP_SOURCES = {"GRID_WORKER", "VOLUNTEER", "RESIDENT", "ANONYMOUS"};
    private static final String[] DISPUTE_CATEGORIES = {"NEIGHBOUR", "FAMILY", "PROPERTY", "LABOUR", "CONSUMER", "OTHER"};
    private static final String[] HAZARD_CATEGORIES = {"FIRE", "CROWD", "TRAFFIC", "PUBLIC_ORDER", "BUILDING", "OTHER"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明",
            "超", "霞", "平", "刚", "建华", "海燕", "志强", "秀英", "国庆", "丽娟"};

    /** What to generate. */
    public record Plan(int grids, long records, long seed, long branchId) {
    }

    /** What was generated, and how long it took. */
    public record Result(String codePrefix, List<Long> stationIds, long records, long recordMillis,
            long figureMillis) {
    }

    private final DataSource dataSource;
    private final StatisticsRebuild statistics;
    private final Clock clock;

    public BulkGenerator(DataSource dataSource, StatisticsRebuild statistics, Clock clock) {
        this.dataSource = dataSource;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** Generates everything the plan asks for in one transaction, then the figures. */
    public Result generate(Plan plan) {
        Random random = new Random(plan.seed());
        long started = System.nanoTime();
        Territory territory;
        long written;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Db db = new Db(connection);
            if (db.string("select rolsuper::text from pg_roles where rolname = current_user").equals("true")) {
                // The ids written are consistent by construction: skipping the foreign-key triggers for this
                // transaction roughly halves the time of the load.
                db.execute("set local session_replication_role = replica");
            }
            territory = territory(db, plan, random);
            log.info("Territory: {} stations, {} grids, {} people, {} places in {} ms", territory.stationIds.size(),
                    territory.grids.length, territory.people, territory.grids.length * PLACE_KINDS.length,
                    (System.nanoTime() - started) / 1_000_000);
            long recordsStarted = System.nanoTime();
            written = records(db, territory, plan.records(), random);
            connection.commit();
            long millis = Math.max(1, (System.nanoTime() - recordsStarted) / 1_000_000);
            log.info("Records alone: {} in {} ms ({} records/s, committed)", written, millis, written * 1000 / millis);
        } catch (SQLException e) {
            throw new IllegalStateException("Generating failed: " + e.getMessage(), e);
        }
        long recordMillis = (System.nanoTime() - started) / 1_000_000;
        log.info("Wrote the territory and {} records in {} ms ({} records/s)", written, recordMillis,
                recordMillis == 0 ? written : written * 1000 / recordMillis);
        long figuresStarted = System.nanoTime();
        statistics.recountFigures();
        long figureMillis = (System.nanoTime() - figuresStarted) / 1_000_000;
        log.info("Rolled the figures up from the records in {} ms", figureMillis);
        return new Result(territory.prefix, territory.stationIds, written, recordMillis, figureMillis);
    }

    // ---------------------------------------------------------------- territory

    /** One generated grid and the people on duty in it. */
    private record Grid(long id, long officer, long auxiliary, long[] places) {
    }

    private static final class Territory {
        String prefix;
        List<Long> stationIds = new ArrayList<>();
        Grid[] grids;
        double[] gridWeights;
        long recorder;
        int people;
        Map<Long, String> names = new java.util.HashMap<>();
    }

    private Territory territory(Db db, Plan plan, Random random) throws SQLException {
        Territory t = new Territory();
        String branchPath = db.string("select path from area where id = " + plan.branchId() + " and type = 'BRANCH'");
        if (branchPath == null) {
            throw new IllegalArgumentException("No branch with id " + plan.branchId());
        }
        t.recorder = db.number("select coalesce(min(id), 0) from account");
        int communities = (plan.grids() + GRIDS_PER_COMMUNITY - 1) / GRIDS_PER_COMMUNITY;
        int stations = (communities + COMMUNITIES_PER_STATION - 1) / COMMUNITIES_PER_STATION;
        long areaId = db.reserve("area", stations + communities + plan.grids());
        t.prefix = "G" + areaId;
        Instant now = clock.instant();
        OffsetDateTime nowText = now.atOffset(ZoneOffset.UTC);
        LocalDate dutyFrom = LocalDate.now(clock.withZone(RecordFilter.ZONE)).minusDays(DAYS + 30);

        // People: per station one officer per ten grids, one auxiliary per five, one grid worker per grid.
        int gridsLeft = plan.grids();
        List<long[]> stationPlan = new ArrayList<>(); // station id, community count, grid count
        List<Long> communityIds = new ArrayList<>();
        List<Grid> grids = new ArrayList<>();
        long nextArea = areaId;
        try (CopyWriter areas = new CopyWriter(db.connection, "area", "id, code, name, type, community_kind, "
                + "parent_id, path, boundary, population, households, boundary_west, boundary_south, boundary_east, "
                + "boundary_north, created_at, updated_at")) {
            int gridNumber = 0;
            for (int s = 0; s < stations; s++) {
                long station = nextArea++;
                String stationPath = branchPath + station + "/";
                String stationCode = String.format(Locale.ROOT, "%s-S%02d", t.prefix, s + 1);
                areas.row(station, stationCode, "生成派出所" + (s + 1), "STATION", null, plan.branchId(), stationPath,
                        null, null, null, null, null, null, null, nowText, nowText);
                t.stationIds.add(station);
                int stationGrids = 0;
                for (int c = 0; c < COMMUNITIES_PER_STATION && gridsLeft > 0; c++) {
                    long community = nextArea++;
                    String communityPath = stationPath + community + "/";
                    String communityCode = String.format(Locale.ROOT, "%s-C%02d", stationCode, c + 1);
                    areas.row(community, communityCode, "生成社区" + (s + 1) + "-" + (c + 1), "COMMUNITY",
                            c % 5 == 4 ? "VILLAGE" : "COMMUNITY", station, communityPath, null, null, null, null, null,
                            null, null, nowText, nowText);
                    communityIds.add(community);
                    for (int g = 0; g < GRIDS_PER_COMMUNITY && gridsLeft > 0; g++, gridsLeft--, gridNumber++) {
                        long grid = nextArea++;
                        double west = 113.0 + (gridNumber % 100) * 0.006;
                        double south = 34.0 + (gridNumber / 100) * 0.006;
                        double east = west + 0.005;
                        double north = south + 0.005;
                        int population = 800 + random.nextInt(4000);
                        areas.row(grid, String.format(Locale.ROOT, "%s-G%02d", communityCode, g + 1),
                                "网格" + (s + 1) + "-" + (c + 1) + "-" + (g + 1), "GRID", null, community,
                                communityPath + grid + "/", rectangle(west, south, east, north), population,
                                Math.round(population / 2.6), west, south, east, north, nowText, nowText);
                        grids.add(new Grid(grid, 0, 0, null));
                        stationGrids++;
                    }
                }
                stationPlan.add(new long[] {station, stationGrids});
            }
        }

        // People and duty, per station; an officer's share of grids is skewed (some carry many more).
        List<Grid> staffed = new ArrayList<>(grids.size());
        long personCount = 0;
        for (long[] sp : stationPlan) {
            int n = (int) sp[1];
            personCount += Math.max(2, n / 10) + Math.max(2, n / 5) + n;
        }
        long personId = db.reserve("person", personCount);
        long placeId = db.reserve("place", (long) grids.size() * PLACE_KINDS.length);
        int gridIndex = 0;
        try (CopyWriter people = new CopyWriter(db.connection, "person",
                "id, kind, name, phone, home_area_id, police_number, post, created_at, updated_at")) {
            for (long[] sp : stationPlan) {
                int n = (int) sp[1];
                long[] officers = new long[Math.max(2, n / 10)];
                long[] auxiliaries = new long[Math.max(2, n / 5)];
                for (int i = 0; i < officers.length; i++) {
                    officers[i] = personId++;
                    String name = name(random);
                    t.names.put(officers[i], name);
                    people.row(officers[i], "OFFICER", name, phone(random), sp[0], "G" + officers[i], "社区民警",
                            nowText, nowText);
                }
                for (int i = 0; i < auxiliaries.length; i++) {
                    auxiliaries[i] = personId++;
                    String name = name(random);
                    t.names.put(auxiliaries[i], name);
                    people.row(auxiliaries[i], "AUXILIARY", name, phone(random), sp[0], null, "辅警", nowText, nowText);
                }
                double[] officerWeights = zipf(officers.length, 0.7, random);
                double[] auxiliaryWeights = zipf(auxiliaries.length, 0.7, random);
                for (int g = 0; g < n; g++, gridIndex++) {
                    Grid grid = grids.get(gridIndex);
                    long worker = personId++;
                    people.row(worker, "GRID_WORKER", name(random), phone(random), sp[0], null, "网格员", nowText,
                            nowText);
                    long[] places = new long[PLACE_KINDS.length];
                    for (int p = 0; p < places.length; p++) {
                        places[p] = placeId++;
                    }
                    staffed.add(new Grid(grid.id(), officers[pick(officerWeights, random)],
                            auxiliaries[pick(auxiliaryWeights, random)], places));
                    t.people++;
                }
                t.people += officers.length + auxiliaries.length;
            }
        }
        t.grids = staffed.toArray(Grid[]::new);
        // Liaison ids follow the officers and auxiliaries of each station in the person ids; recomputed here.
        try (CopyWriter duty = new CopyWriter(db.connection, "duty_assignment",
                "grid_id, person_id, role, valid_from, created_at, updated_at")) {
            for (int i = 0; i < t.grids.length; i++) {
                Grid grid = t.grids[i];
                if (i % 97 != 13) {
                    duty.row(grid.id(), grid.officer(), "RESPONSIBLE_OFFICER", dutyFrom, nowText, nowText);
                }
                if (i % 31 != 7) {
                    duty.row(grid.id(), grid.auxiliary(), "AUXILIARY", dutyFrom, nowText, nowText);
                }
            }
        }
        db.execute("""
                insert into duty_assignment (grid_id, person_id, role, valid_from, created_at, updated_at)
                select g.id, w.id, 'LIAISON', date '%s', now(), now()
                from (select id, row_number() over (order by id) as n from area
                      where type = 'GRID' and code like '%s-%%') g
                join (select id, row_number() over (order by id) as n from person
                      where kind = 'GRID_WORKER' and id between %d and %d) w on w.n = g.n
                """.formatted(dutyFrom, t.prefix, personId - personCount, personId - 1));
        try (CopyWriter places = new CopyWriter(db.connection, "place",
                "id, kind, name, address, grid_id, created_at, updated_at")) {
            for (Grid grid : t.grids) {
                for (int p = 0; p < PLACE_KINDS.length; p++) {
                    places.row(grid.places()[p], PLACE_KINDS[p], placeName(PLACE_KINDS[p], grid.places()[p]),
                            "生成路" + grid.places()[p] + "号", grid.id(), nowText, nowText);
                }
            }
        }
        // A few grids are far busier than most (markets, stations, nightlife): Zipf-like weights, shuffled.
        t.gridWeights = zipf(t.grids.length, 0.8, random);
        return t;
    }

    // ---------------------------------------------------------------- records

    /** One generated record: what its event would carry, plus a variant number for its texts. */
    private record Rec(long id, Grid grid, OffsetDateTime at, int minutes, String subkind, String state,
            long[] persons, int amount, int variant) {
    }

    private long records(Db db, Territory t, long total, Random random) throws SQLException {
        double[] dayWeights = dayWeights();
        LocalDate today = LocalDate.now(clock.withZone(RecordFilter.ZONE));
        Map<RecordKind, List<Rec>> byKind = new EnumMap<>(RecordKind.class);
        Map<RecordKind, Long> nextId = new EnumMap<>(RecordKind.class);
        Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
        long assigned = 0;
        List<RecordKind> kinds = new ArrayList<>(SHARES.keySet());
        for (int i = 0; i < kinds.size(); i++) {
            RecordKind kind = kinds.get(i);
            long count = i == kinds.size() - 1 ? total - assigned : Math.round(total * SHARES.get(kind));
            assigned += count;
            counts.put(kind, count);
            nextId.put(kind, db.reserve(table(kind), count));
            byKind.put(kind, new ArrayList<>((int) count));
        }
        for (RecordKind kind : kinds) {
            List<Rec> list = byKind.get(kind);
            long id = nextId.get(kind);
            for (long n = 0; n < counts.get(kind); n++) {
                Grid grid = t.grids[pick(t.gridWeights, random)];
                LocalDate day = today.minusDays(DAYS - pick(dayWeights, random));
                int minuteOfDay = 8 * 60 + random.nextInt(13 * 60);
                OffsetDateTime at = day.atTime(minuteOfDay / 60, minuteOfDay % 60)
                        .atZone(RecordFilter.ZONE).toOffsetDateTime();
                list.add(record(kind, id++, grid, at, random, day, today));
            }
        }
        writeRecords(db, t, byKind);
        long written = 0;
        try (CopyWriter facts = new CopyWriter(db.connection, "stats_record",
                "kind, record_id, grid_id, day, subkind_key, state_key, minutes, amount, person_ids, campaign_id")) {
            for (RecordKind kind : kinds) {
                for (Rec r : byKind.get(kind)) {
                    facts.row(kind.name(), r.id(), r.grid().id(), r.at().atZoneSameInstant(RecordFilter.ZONE)
                            .toLocalDate(), subkindKey(kind, r), stateKey(kind, r), r.minutes(), r.amount(),
                            CopyWriter.array(r.persons()), null);
                    written++;
                }
            }
        }
        return written;
    }

    private Rec record(RecordKind kind, long id, Grid grid, OffsetDateTime at, Random random, LocalDate day,
            LocalDate today) {
        long officer = grid.officer();
        long aux = grid.auxiliary();
        long[] both = {officer, aux};
        long[] one = {random.nextInt(4) == 0 ? aux : officer};
        int variant = random.nextInt(1_000_000);
        long age = today.toEpochDay() - day.toEpochDay();
        return switch (kind) {
            case PATROL -> new Rec(id, grid, at, 30 + random.nextInt(151), pickOf(PATROL_KINDS, random), null, both, 0,
                    variant);
            case VISIT -> new Rec(id, grid, at, 0, pickOf(VISIT_KINDS, random), null,
                    random.nextInt(3) == 0 ? both : one, 0, variant);
            case CONSULTATION -> new Rec(id, grid, at, 0, pickOf(CHANNELS, random), null, one, 0, variant);
            case PUBLICITY -> new Rec(id, grid, at, 0, pickOf(TOPICS, random), null, both, 20 + random.nextInt(481),
                    variant);
            case DRILL -> new Rec(id, grid, at, 0, null, null, both, 0, variant);
            case TIP -> new Rec(id, grid, at, 0, pickOf(TIP_CATEGORIES, random),
                    age < 7 ? "RECEIVED" : pickOf(new String[] {"VERIFIED", "HANDED_OVER", "HANDED_OVER", "DISMISSED"},
                            random), one, 0, variant);
            // Cases age as a branch works them: recent ones at every stage, older ones mostly closed, and only one
            // in 200 of those older than two months still open (a backlog that does not grow with the years).
            case DISPUTE -> new Rec(id, grid, at, 0, pickOf(DISPUTE_CATEGORIES, random),
                    age < 10 ? pickOf(new String[] {"REPORTED", "ACCEPTED", "MEDIATING"}, random)
                            : age >= 60 && random.nextInt(200) != 0 ? "CLOSED"
                            : pickOf(new String[] {"CLOSED", "CLOSED", "CLOSED", "RESOLVED", "REFERRED", "MEDIATING"},
                                    random), new long[] {officer}, 0, variant);
            case HAZARD -> new Rec(id, grid, at, 0, pickOf(HAZARD_CATEGORIES, random),
                    age < 14 ? pickOf(new String[] {"FOUND", "NOTIFIED", "RECTIFIED"}, random)
                            : age >= 60 && random.nextInt(200) != 0 ? "VERIFIED"
                            : pickOf(new String[] {"VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED", "RECTIFIED",
                                    "NOTIFIED", "REOPENED"}, random), new long[] {officer}, 0, variant);
        };
    }

    private void writeRecords(Db db, Territory t, Map<RecordKind, List<Rec>> byKind) throws SQLException {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        try (CopyWriter rows = new CopyWriter(db.connection, "patrol", "id, kind, started_at, ended_at, grid_id, notes, "
                + "recorded_by_name, recorded_at, updated_at")) {
            for (Rec r : byKind.get(RecordKind.PATROL)) {
                OffsetDateTime end = r.at().plusMinutes(r.minutes());
                rows.row(r.id(), r.subkind(), r.at(), end, r.grid().id(), "巡逻" + r.variant(), BY, end, end);
            }
        }
        try (CopyWriter rows = new CopyWriter(db.connection, "patrol_grid", "patrol_id, position, grid_id")) {
            for (Rec r : byKind.get(RecordKind.PATROL)) {
                rows.row(r.id(), 0, r.grid().id());
            }
        }
        try (CopyWriter rows = new CopyWriter(db.connection, "patrol_person", "patrol_id, position, person_id")) {
            for (Rec r : byKind.get(RecordKind.PATROL)) {
                for (int i = 0; i < r.persons().length; i++) {
                    rows.row(r.id(), i, r.persons()[i]);
                }
            }
        }
        try (CopyWriter rows = new CopyWriter(db.connection, "visit", "id, kind, grid_id, place_id, place_name, "
                + "occurred_at, category, learned, recorded_by, recorded_by_name, recorded_at, updated_at")) {
            for (Rec r : byKind.get(RecordKind.VISIT)) {
                int place = Arrays.asList(PLACE_KINDS).indexOf(r.subkind());
                Long placeId = place < 0 ? null : r.grid().places()[place];
                rows.row(r.id(), r.subkind(), r.grid().id(), placeId,
                        placeId == null ? null : placeName(r.subkind(), placeId), r.at(),
                        VISIT_CATEGORIES[r.variant() % VISIT_CATEGORIES.length], "走访了解情况" + r.variant(),
                        t.recorder, BY, r.at(), r.at());
            }
        }
        personRows(db, "visit_person", "visit_id", byKind.get(RecordKind.VISIT));
        try (CopyWriter rows = new CopyWriter(db.connection, "consultation", "id, grid_id, occurred_at, "
                + "recorded_by_name, recorded_at, updated_at, question, channel")) {
            for (Rec r : byKind.get(RecordKind.CONSULTATION)) {
                rows.row(r.id(), r.grid().id(), r.at(), BY, r.at(), r.at(), "群众咨询" + r.variant(), r.subkind());
            }
        }
        personRows(db, "consultation_person", "consultation_id", byKind.get(RecordKind.CONSULTATION));
        try (CopyWriter rows = new CopyWriter(db.connection, "publicity_event", "id, grid_id, occurred_at, "
                + "recorded_by_name, recorded_at, updated_at, topic, title, venue, audience_size")) {
            for (Rec r : byKind.get(RecordKind.PUBLICITY)) {
                rows.row(r.id(), r.grid().id(), r.at(), BY, r.at(), r.at(), r.subkind(), "宣传活动" + r.variant(),
                        "社区广场", r.amount());
            }
        }
        personRows(db, "publicity_event_person", "publicity_event_id", byKind.get(RecordKind.PUBLICITY));
        try (CopyWriter rows = new CopyWriter(db.connection, "drill", "id, grid_id, occurred_at, recorded_by_name, "
                + "recorded_at, updated_at, scenario")) {
            for (Rec r : byKind.get(RecordKind.DRILL)) {
                rows.row(r.id(), r.grid().id(), r.at(), BY, r.at(), r.at(), "应急演练" + r.variant());
            }
        }
        personRows(db, "drill_person", "drill_id", byKind.get(RecordKind.DRILL));
        try (CopyWriter rows = new CopyWriter(db.connection, "tip", "id, category, content, source_kind, grid_id, "
                + "occurred_at, status, verified_at, handed_over_to, handed_over_at, dismissal_reason, dismissed_at, "
                + "recorded_by_name, recorded_at, updated_at")) {
            for (Rec r : byKind.get(RecordKind.TIP)) {
                String status = r.state();
                OffsetDateTime later = r.at().plusDays(2);
                boolean verified = !"RECEIVED".equals(status) && !"DISMISSED".equals(status);
                rows.row(r.id(), r.subkind(), "群众反映线索" + r.variant(), TIP_SOURCES[r.variant() % TIP_SOURCES.length],
                        r.grid().id(), r.at(), status, verified ? later : null,
                        "HANDED_OVER".equals(status) ? "刑侦大队" : null, "HANDED_OVER".equals(status) ? later : null,
                        "DISMISSED".equals(status) ? "经核查不属实" : null, "DISMISSED".equals(status) ? later : null, BY,
                        r.at(), later.isAfter(now) ? now : later);
            }
        }
        personRows(db, "tip_person", "tip_id", byKind.get(RecordKind.TIP));
        try (CopyWriter rows = new CopyWriter(db.connection, "dispute", "id, grid_id, category, risk, source, "
                + "description, occurred_at, state, due_at, reported_at, accepted_at, mediating_at, resolved_at, "
                + "agreement, referred_at, referred_to, satisfaction, closed_at, created_at, updated_at")) {
            for (Rec r : byKind.get(RecordKind.DISPUTE)) {
                String state = r.state();
                boolean accepted = !"REPORTED".equals(state);
                boolean resolved = "RESOLVED".equals(state) || "CLOSED".equals(state);
                boolean referred = "REFERRED".equals(state);
                OffsetDateTime done = r.at().plusDays(5);
                rows.row(r.id(), r.grid().id(), r.subkind(), r.variant() % 10 == 0 ? "HIGH" : "LOW", "WALK_IN",
                        "邻里纠纷" + r.variant(), r.at(), state,
                        resolved || referred ? null : r.at().plusDays(15), r.at(), accepted ? r.at().plusHours(2) : null,
                        accepted && !"ACCEPTED".equals(state) ? r.at().plusDays(1) : null, resolved ? done : null,
                        resolved ? "双方达成和解" : null, referred ? done : null, referred ? "JUDICIAL_OFFICE" : null,
                        "CLOSED".equals(state) ? "SATISFIED" : null, "CLOSED".equals(state) ? done.plusDays(7) : null,
                        r.at(), r.at());
            }
        }
        try (CopyWriter rows = new CopyWriter(db.connection, "dispute_party", "dispute_id, position, name")) {
            for (Rec r : byKind.get(RecordKind.DISPUTE)) {
                rows.row(r.id(), 0, SURNAMES[r.variant() % SURNAMES.length] + "某");
                rows.row(r.id(), 1, SURNAMES[(r.variant() / 7) % SURNAMES.length] + "某某");
            }
        }
        try (CopyWriter rows = new CopyWriter(db.connection, "dispute_team_member",
                "dispute_id, position, person_id, name, responsible")) {
            for (Rec r : byKind.get(RecordKind.DISPUTE)) {
                rows.row(r.id(), 0, r.persons()[0], t.names.get(r.persons()[0]), true);
            }
        }
        try (CopyWriter rows = new CopyWriter(db.connection, "hazard", "id, grid_id, category, severity, description, "
                + "found_by, found_at, responsible_unit, state, owner_person_id, due_at, notice_deadline, notified_at, "
                + "rectified_at, verified_at, recorded_by_name, created_at, updated_at")) {
            for (Rec r : byKind.get(RecordKind.HAZARD)) {
                String state = r.state();
                boolean notified = !"FOUND".equals(state);
                boolean rectified = "RECTIFIED".equals(state) || "VERIFIED".equals(state);
                LocalDate deadline = r.at().atZoneSameInstant(RecordFilter.ZONE).toLocalDate().plusDays(10);
                rows.row(r.id(), r.grid().id(), r.subkind(), r.variant() % 8 == 0 ? "HIGH" : "LOW",
                        "隐患" + r.variant(), r.variant() % 2 == 0 ? "PATROL" : "INSPECTION", r.at(),
                        "生成单位" + (r.variant() % 100), state, r.persons()[0],
                        "VERIFIED".equals(state) ? null : r.at().plusDays(notified ? 10 : 3),
                        notified ? deadline : null, notified ? r.at().plusDays(1) : null,
                        rectified ? r.at().plusDays(6) : null, "VERIFIED".equals(state) ? r.at().plusDays(8) : null, BY,
                        r.at(), r.at());
            }
        }
        try (CopyWriter rows = new CopyWriter(db.connection, "hazard_step", "hazard_id, action, to_state, at, by_name")) {
            for (Rec r : byKind.get(RecordKind.HAZARD)) {
                rows.row(r.id(), "RECORDED", "FOUND", r.at(), BY);
            }
        }
    }

    private void personRows(Db db, String table, String idColumn, List<Rec> records) throws SQLException {
        try (CopyWriter rows = new CopyWriter(db.connection, table, idColumn + ", person_id")) {
            for (Rec r : records) {
                long[] persons = r.persons();
                for (int i = 0; i < persons.length; i++) {
                    if (i == 0 || persons[i] != persons[0]) {
                        rows.row(r.id(), persons[i]);
                    }
                }
            }
        }
    }

    /** The subkind key the record's event carries (see each module's {@code FieldRecordSaved}). */
    private static String subkindKey(RecordKind kind, Rec r) {
        return switch (kind) {
            case PATROL -> "patrol.kind." + r.subkind();
            case VISIT -> "visit.kind." + r.subkind();
            case CONSULTATION -> "outreach.channel." + r.subkind();
            case PUBLICITY -> "outreach.topic." + r.subkind();
            case DRILL -> RecordKind.DRILL.labelKey();
            case TIP -> "tip.category." + r.subkind();
            case DISPUTE -> "dispute.category." + r.subkind();
            case HAZARD -> "hazard.category." + r.subkind();
        };
    }

    private static String stateKey(RecordKind kind, Rec r) {
        return switch (kind) {
            case TIP -> "tip.status." + r.state();
            case DISPUTE -> "dispute.state." + r.state();
            case HAZARD -> "hazard.state." + r.state();
            default -> "";
        };
    }

    private static String table(RecordKind kind) {
        return switch (kind) {
            case PUBLICITY -> "publicity_event";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }

    // ---------------------------------------------------------------- skew

    /** Weights for the last two years' days: busier in summer, quieter at Spring Festival and on Sundays. */
    private double[] dayWeights() {
        LocalDate first = LocalDate.now(clock.withZone(RecordFilter.ZONE)).minusDays(DAYS);
        double[] weights = new double[DAYS];
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = first.plusDays(d);
            double season = 1 + 0.35 * Math.sin(2 * Math.PI * (day.getDayOfYear() - 100) / 365.0);
            double week = day.getDayOfWeek().getValue() == 7 ? 0.6 : day.getDayOfWeek().getValue() == 6 ? 0.8 : 1;
            double festival = day.getMonthValue() == 2 && day.getDayOfMonth() < 15 ? 0.5 : 1;
            double growth = 0.8 + 0.4 * d / DAYS;
            weights[d] = season * week * festival * growth;
        }
        return cumulative(weights);
    }

    /** Cumulative Zipf-like weights (1/rank^s) in a shuffled order: a few far busier than most. */
    private static double[] zipf(int n, double s, Random random) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1 / Math.pow(i + 1, s);
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double swap = weights[i];
            weights[i] = weights[j];
            weights[j] = swap;
        }
        return cumulative(weights);
    }

    private static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    private static int pick(double[] cumulative, Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    private static String pickOf(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static String name(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    private static String phone(Random random) {
        return "13" + (5 + random.nextInt(5)) + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
    }

    private static String placeName(String kind, long id) {
        return switch (kind) {
            case "HOUSEHOLD" -> "住户" + id;
            case "ENTERPRISE" -> "企业" + id;
            case "VENUE" -> "场所" + id;
            default -> "学校" + id;
        };
    }

    private static String rectangle(double x0, double y0, double x1, double y1) {
        return String.format(Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}",
                x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
    }

    /** Plain JDBC on the generator's one connection. */
    private record Db(Connection connection) {

        String string(String sql) throws SQLException {
            try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        }

        long number(String sql) throws SQLException {
            try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        void execute(String sql) throws SQLException {
            try (var statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        /** Takes {@code count} consecutive ids from the table's id sequence; returns the first. */
        long reserve(String table, long count) throws SQLException {
            String sequence = "area".equals(table) ? "area_id_seq"
                    : string("select pg_get_serial_sequence('" + table + "', 'id')");
            long first = number("select nextval('" + sequence + "')");
            if (count > 1) {
                number("select setval('" + sequence + "', " + (first + count - 1) + ")");
            }
            return first;
        }
    }
}
