package org.gridwatch.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridwatch.IntegrationTest;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.NotAllowedException;
import org.gridwatch.shared.web.StaleEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AreaManagementTests {

    @Autowired
    AreaManagement management;

    @Autowired
    AreaDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    AreaFixtures fixtures;
    AreaSummary bureau;
    AreaSummary branch;
    AreaSummary station;
    AreaSummary community;
    AreaSummary grid;

    @BeforeEach
    void tree() {
        fixtures = new AreaFixtures(management);
        bureau = fixtures.add("BU", AreaType.BUREAU, null);
        branch = fixtures.add("BR", AreaType.BRANCH, bureau);
        station = fixtures.add("ST", AreaType.STATION, branch);
        community = fixtures.add("CO", AreaType.COMMUNITY, station);
        grid = fixtures.add("GR", AreaType.GRID, community);
    }

    @Test
    void newAreaHangsUnderItsParentWithThePathOfItsAncestors() {
        assertThat(grid.path()).isEqualTo(bureau.path() + branch.id() + "/" + station.id() + "/"
                + community.id() + "/" + grid.id() + "/");
        assertThat(directory.ancestry(grid.id())).extracting(AreaSummary::id)
                .containsExactly(bureau.id(), branch.id(), station.id(), community.id(), grid.id());
    }

    @Test
    void anAreaMaySitOnlyDirectlyUnderTheTypeAboveIt() {
        assertRuleBroken(() -> fixtures.add("G2", AreaType.GRID, station), "type", "area.type.notUnderParent");
        assertRuleBroken(() -> fixtures.add("C2", AreaType.COMMUNITY, grid), "type", "area.type.notUnderParent");
        assertRuleBroken(() -> fixtures.add("S2", AreaType.STATION, null), "type", "area.type.notUnderParent");
        assertRuleBroken(() -> fixtures.add("B2", AreaType.BUREAU, branch), "type", "area.type.notUnderParent");
    }

    @Test
    void aCodeIsUniqueOnCreateAndOnEdit() {
        assertRuleBroken(() -> management.create(new NewArea(grid.code(), "同码", AreaType.GRID, community.id(),
                null, null, null, null)), "code", "area.code.taken");
        AreaSummary other = fixtures.add("GX", AreaType.GRID, community);
        AreaDetails details = directory.details(other.id(), AreaScope.everything());
        assertRuleBroken(() -> management.change(other.id(), new AreaChanges(details.version(), grid.code(),
                "改", null, null, null, null)), "code", "area.code.taken");
    }

    @Test
    void twoSimultaneousCreatesWithOneCodeGiveOneAreaAndOneCodeError() throws Exception {
        String code = fixtures.code("RACE");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Object> attempt = () -> {
            start.await();
            try {
                return management.create(new NewArea(code, "并发", AreaType.GRID, community.id(), null, null, null,
                        null));
            } catch (RejectedInput e) {
                return e;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>(List.of(pool.submit(attempt), pool.submit(attempt)));
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(AreaSummary.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(RejectedInput.class::isInstance).singleElement()
                    .extracting(o -> ((RejectedInput) o).messageKey()).isEqualTo("area.code.taken");
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from area where code = ?", Long.class, code)).isEqualTo(1);
    }

    @Test
    void changeUpdatesFieldsAndStoresTheBoundaryNormalised() {
        AreaDetails before = directory.details(community.id(), AreaScope.everything());
        management.change(community.id(), new AreaChanges(before.version(), before.code(), "新名称",
                CommunityKind.VILLAGE, 1200, 400,
                "{\"type\":\"Feature\",\"geometry\":" + AreaFixtures.square(125.3, 43.8, 0.01) + "}"));
        AreaDetails after = directory.details(community.id(), AreaScope.everything());
        assertThat(after.name()).isEqualTo("新名称");
        assertThat(after.communityKind()).isEqualTo(CommunityKind.VILLAGE);
        assertThat(after.population()).isEqualTo(1200);
        assertThat(after.households()).isEqualTo(400);
        assertThat(after.boundary()).startsWith("{\"type\":\"Polygon\"");
        assertThat(after.version()).isGreaterThan(before.version());
    }

    @Test
    void labelsNameTheLevelsFromTheStationDownAndFollowARename() {
        AreaScope stationScope = new AreaScope(station.path());
        assertThat(directory.gridLabel(grid.id(), stationScope)).contains(community.name() + " › " + grid.name());
        assertThat(directory.labels(List.of(grid.id(), community.id(), branch.id()))).containsOnly(
                Map.entry(grid.id(), station.name() + " › " + community.name() + " › " + grid.name()),
                Map.entry(community.id(), station.name() + " › " + community.name()),
                Map.entry(branch.id(), branch.name()));

        AreaDetails before = directory.details(community.id(), AreaScope.everything());
        management.change(community.id(), new AreaChanges(before.version(), before.code(), "改名社区",
                before.communityKind(), before.population(), before.households(), null));

        // the lists' grid column is cached by the tree's stamp: a rename shows at once
        assertThat(directory.gridLabel(grid.id(), stationScope)).contains("改名社区 › " + grid.name());
        assertThat(directory.label(grid.id())).isEqualTo(station.name() + " › 改名社区 › " + grid.name());
        // a grid outside the scope has no label, cached or not
        assertThat(directory.gridLabel(grid.id(), new AreaScope(branch.path() + "999999/"))).isEmpty();
    }

    @Test
    void listFiltersOfferGridsUpToTheLimitThenOnlyDownToCommunitiesAndTheChosenGrid() {
        AreaScope scope = new AreaScope(station.path());
        assertThat(directory.filterChoices(scope, (Long) null)).extracting(AreaChoice::value)
                .containsExactly(station.id(), community.id(), grid.id());

        List<AreaSummary> grids = new ArrayList<>();
        for (int i = 0; i < AreaDirectory.FILTER_CHOICES_LIMIT; i++) {
            grids.add(fixtures.add("G" + i, AreaType.GRID, community));
        }
        AreaSummary chosen = grids.get(123);
        assertThat(directory.filterChoices(scope, (Long) null)).extracting(AreaChoice::value)
                .containsExactly(station.id(), community.id());
        assertThat(directory.filterChoices(scope, chosen.id())).extracting(AreaChoice::value)
                .containsExactly(station.id(), community.id(), chosen.id());
        assertThat(directory.filterChoices(scope, List.of(chosen.id(), grids.get(7).id()))).extracting(AreaChoice::label)
                .containsExactly("\u3000" + station.name(), "\u3000\u3000" + community.name(),
                        station.name() + " › " + community.name() + " › " + chosen.name(),
                        station.name() + " › " + community.name() + " › " + grids.get(7).name());
        // a chosen grid outside the scope is not offered
        assertThat(directory.filterChoices(new AreaScope(community.path() + "0/"), chosen.id())).isEmpty();
    }

    @Test
    void anInvalidBoundaryIsAFieldErrorAndNothingChanges() {
        AreaDetails before = directory.details(grid.id(), AreaScope.everything());
        assertRuleBroken(() -> management.change(grid.id(), new AreaChanges(before.version(), before.code(), "x",
                null, null, null, "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}")),
                "boundary", "area.boundary.selfIntersects");
        assertThat(directory.details(grid.id(), AreaScope.everything()).name()).isEqualTo(before.name());
    }

    @Test
    void anEditOfAnOlderVersionIsRefused() {
        AreaDetails loaded = directory.details(grid.id(), AreaScope.everything());
        management.change(grid.id(), new AreaChanges(loaded.version(), loaded.code(), "first", null, null, null,
                null));
        assertThatThrownBy(() -> management.change(grid.id(), new AreaChanges(loaded.version(), loaded.code(),
                "second", null, null, null, null))).isInstanceOf(StaleEditException.class);
        assertThat(directory.details(grid.id(), AreaScope.everything()).name()).isEqualTo("first");
    }

    @Test
    void movingAnAreaRewritesThePathsOfItsWholeSubtree() {
        AreaSummary otherStation = fixtures.add("ST2", AreaType.STATION, branch);
        AreaSummary secondGrid = fixtures.add("GR2", AreaType.GRID, community);
        long version = directory.details(community.id(), AreaScope.everything()).version();

        management.move(community.id(), otherStation.id(), version);

        String newPath = otherStation.path() + community.id() + "/";
        assertThat(directory.find(community.id()).orElseThrow().path()).isEqualTo(newPath);
        assertThat(directory.find(community.id()).orElseThrow().parentId()).isEqualTo(otherStation.id());
        assertThat(directory.find(grid.id()).orElseThrow().path()).isEqualTo(newPath + grid.id() + "/");
        assertThat(directory.find(secondGrid.id()).orElseThrow().path()).isEqualTo(newPath + secondGrid.id() + "/");
        // the old station's scope no longer holds them; the new one does
        assertThat(directory.find(grid.id(), new AreaScope(station.path()))).isEmpty();
        assertThat(directory.find(grid.id(), new AreaScope(otherStation.path()))).isPresent();
        assertThat(directory.liveWithin(new AreaScope(otherStation.path()), AreaType.GRID))
                .extracting(AreaSummary::id).containsExactlyInAnyOrder(grid.id(), secondGrid.id());
    }

    @Test
    void anAreaCannotMoveUnderItselfOrItsOwnSubtree() {
        long version = directory.details(station.id(), AreaScope.everything()).version();
        assertRuleBroken(() -> management.move(station.id(), community.id(), version), "parentId",
                "area.move.intoOwnSubtree");
        assertRuleBroken(() -> management.move(station.id(), station.id(), version), "parentId",
                "area.move.intoOwnSubtree");
        assertThat(directory.find(station.id()).orElseThrow().path()).isEqualTo(station.path());
    }

    @Test
    void anAreaMovesOnlyUnderTheTypeAboveIt() {
        AreaSummary otherStation = fixtures.add("ST5", AreaType.STATION, branch);
        long version = directory.details(grid.id(), AreaScope.everything()).version();
        assertRuleBroken(() -> management.move(grid.id(), otherStation.id(), version), "parentId",
                "area.type.notUnderParent");
        assertRuleBroken(() -> management.move(grid.id(), 987_654_321L, version), "parentId", "area.parent.unknown");
    }

    @Test
    void aMoveOfAnOlderVersionIsRefused() {
        AreaSummary otherStation = fixtures.add("ST3", AreaType.STATION, branch);
        assertThatThrownBy(() -> management.move(community.id(), otherStation.id(), 99))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void aRetiredGridKeepsItsHistoryNamesItsSuccessorsAndLeavesThePickers() {
        AreaSummary east = fixtures.add("GE", AreaType.GRID, community);
        AreaSummary west = fixtures.add("GW", AreaType.GRID, community);
        long version = directory.details(grid.id(), AreaScope.everything()).version();

        management.retire(grid.id(), List.of(east.id(), west.id()), "一分为二", version);

        AreaDetails retired = directory.details(grid.id(), AreaScope.everything());
        assertThat(retired.retired()).isTrue();
        assertThat(retired.retiredNote()).isEqualTo("一分为二");
        assertThat(retired.successors()).extracting(AreaSummary::id).containsExactlyInAnyOrder(east.id(), west.id());
        assertThat(directory.liveWithin(new AreaScope(community.path()), AreaType.GRID)).extracting(AreaSummary::id)
                .containsExactlyInAnyOrder(east.id(), west.id());
        List<HistoryEntry> history = directory.history(grid.id(), AreaScope.everything());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).changes()).extracting(HistoryEntry.FieldChange::field)
                .contains("retiredAt", "retiredNote", "successorIds");
        assertThat(history.get(1).kind()).isEqualTo(HistoryEntry.Kind.CREATED);
    }

    @Test
    void onlyALiveGridCanBeRetiredAndOnlyInFavourOfOtherLiveGrids() {
        AreaSummary east = fixtures.add("GE2", AreaType.GRID, community);
        long communityVersion = directory.details(community.id(), AreaScope.everything()).version();
        assertThatThrownBy(() -> management.retire(community.id(), List.of(east.id()), null, communityVersion))
                .isInstanceOf(NotAllowedException.class);

        long version = directory.details(grid.id(), AreaScope.everything()).version();
        assertRuleBroken(() -> management.retire(grid.id(), List.of(), null, version), "successorIds",
                "area.retire.successorsRequired");
        assertRuleBroken(() -> management.retire(grid.id(), List.of(grid.id()), null, version), "successorIds",
                "area.retire.successorNotLiveGrid");
        assertRuleBroken(() -> management.retire(grid.id(), List.of(community.id()), null, version), "successorIds",
                "area.retire.successorNotLiveGrid");
        assertThatThrownBy(() -> management.retire(grid.id(), List.of(east.id()), null, version + 5))
                .isInstanceOf(StaleEditException.class);

        management.retire(east.id(), List.of(grid.id()), null,
                directory.details(east.id(), AreaScope.everything()).version());
        assertRuleBroken(() -> management.retire(grid.id(), List.of(east.id()), null, version), "successorIds",
                "area.retire.successorNotLiveGrid");
        assertThatThrownBy(() -> management.retire(east.id(), List.of(grid.id()), null,
                directory.details(east.id(), AreaScope.everything()).version()))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void theTreeCountsLiveChildrenAndLiveGridsPerNode() {
        AreaSummary community2 = fixtures.add("CO2", AreaType.COMMUNITY, station);
        AreaSummary g2 = fixtures.add("G2", AreaType.GRID, community2);
        AreaSummary g3 = fixtures.add("G3", AreaType.GRID, community2);
        management.retire(g3.id(), Set.of(g2.id()), null, directory.details(g3.id(), AreaScope.everything()).version());

        List<AreaTreeNode> roots = directory.tree(new AreaScope(station.path()), false, 1000).roots();
        assertThat(roots).singleElement().satisfies(root -> {
            assertThat(root.area().id()).isEqualTo(station.id());
            assertThat(root.liveChildren()).isEqualTo(2);
            assertThat(root.liveGrids()).isEqualTo(2);
            assertThat(root.children()).extracting(n -> n.area().id())
                    .containsExactlyInAnyOrder(community.id(), community2.id());
            AreaTreeNode second = root.children().stream().filter(n -> n.area().id() == community2.id())
                    .findFirst().orElseThrow();
            assertThat(second.liveChildren()).isEqualTo(1);
            assertThat(second.children()).extracting(n -> n.area().id()).containsExactly(g2.id());
        });
        List<AreaTreeNode> withRetired = directory.tree(new AreaScope(station.path()), true, 1000).roots();
        AreaTreeNode second = withRetired.get(0).children().stream()
                .filter(n -> n.area().id() == community2.id()).findFirst().orElseThrow();
        assertThat(second.children()).extracting(n -> n.area().id()).containsExactlyInAnyOrder(g2.id(), g3.id());
        assertThat(second.liveGrids()).isEqualTo(1);

        AreaTree withoutGrids = directory.tree(new AreaScope(station.path()), false, 1);
        assertThat(withoutGrids.gridsShown()).isFalse();
        assertThat(withoutGrids.roots().get(0).liveGrids()).isEqualTo(2);
        assertThat(withoutGrids.roots().get(0).children()).allSatisfy(c -> assertThat(c.children()).isEmpty());
    }

    @Test
    void gridAtFindsTheLiveGridInScopeWhoseBoundaryHoldsThePoint() {
        AreaSummary north = fixtures.add("GN", AreaType.GRID, community, AreaFixtures.square(-60.0, -50.0, 1.0));
        AreaSummary south = fixtures.add("GS", AreaType.GRID, community, AreaFixtures.square(-60.0, -52.0, 1.0));
        AreaScope scope = new AreaScope(community.path());

        assertThat(directory.gridAt(-49.5, -59.5, scope)).map(AreaSummary::id).contains(north.id());
        assertThat(directory.gridAt(-51.5, -59.5, scope)).map(AreaSummary::id).contains(south.id());
        assertThat(directory.gridAt(-50.5, -59.5, scope)).isEmpty();
        assertThat(directory.gridAt(-49.5, -59.5, new AreaScope(fixtures.add("ST4", AreaType.STATION, branch).path())))
                .isEmpty();

        management.retire(north.id(), List.of(south.id()), null,
                directory.details(north.id(), AreaScope.everything()).version());
        assertThat(directory.gridAt(-49.5, -59.5, scope)).isEmpty();
    }

    private static void assertRuleBroken(Runnable action, String field, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(RejectedInput.class)
                .satisfies(e -> {
                    assertThat(((RejectedInput) e).field()).isEqualTo(field);
                    assertThat(((RejectedInput) e).messageKey()).isEqualTo(messageKey);
                });
    }
}
