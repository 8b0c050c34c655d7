package org.gridwatch.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PlaceManagementTests {

    @Autowired PlaceManagement management;
    @Autowired PlaceDirectory places;
    @Autowired PartnerManagement partnerManagement;
    @Autowired PartnerDirectory partners;
    @Autowired JdbcClient jdbc;
    @Autowired AreaDirectory areas;

    TestTerritory t;
    AreaScope everything = AreaScope.everything();
    AreaScope stationA;

    @BeforeEach
    void territory() {
        t = TestTerritory.create(jdbc);
        stationA = new AreaScope(areas.get(t.stationA, everything).path());
    }

    PlaceData place(long gridId, String name) {
        return new PlaceData(PlaceKind.SCHOOL, name, "人民大街 1 号", gridId, 43.88, 125.35, "王老师", "13812341234", 30,
                null);
    }

    @Test
    void createsAPlaceInAGridOfTheScopeAndFindsItByGridAndKind() {
        PlaceView created = management.create(place(t.gridA1, "实验小学"), stationA);
        assertThat(places.get(created.id(), stationA).name()).isEqualTo("实验小学");
        assertThat(places.inGrid(t.gridA1, PlaceKind.SCHOOL, stationA)).extracting(PlaceView::id).contains(created.id());
        assertThat(places.inGrid(t.gridA1, PlaceKind.HOSPITAL, stationA)).isEmpty();
    }

    @Test
    void refusesAGridOutsideTheScopeARetiredGridOrAnAreaThatIsNoGrid() {
        assertThatThrownBy(() -> management.create(place(t.gridB1, "x"), stationA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.field()).isEqualTo("gridId"));
        assertThatThrownBy(() -> management.create(place(t.communityA, "x"), stationA))
                .isInstanceOf(RejectedInput.class);
        t.retire(t.gridA2);
        assertThatThrownBy(() -> management.create(place(t.gridA2, "x"), stationA))
                .isInstanceOf(RejectedInput.class);
    }

    @Test
    void refusesCoordinatesOutOfRangeAndHalfAPoint() {
        PlaceData badLatitude = new PlaceData(PlaceKind.OTHER, "x", "y", t.gridA1, 91.0, 125.0, null, null, null, null);
        assertThatThrownBy(() -> management.create(badLatitude, stationA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.field()).isEqualTo("latitude"));
        PlaceData halfPoint = new PlaceData(PlaceKind.OTHER, "x", "y", t.gridA1, 43.0, null, null, null, null, null);
        assertThatThrownBy(() -> management.create(halfPoint, stationA)).isInstanceOf(RejectedInput.class);
    }

    @Test
    void aChangeAgainstAnOldVersionIsStaleAndAPlaceOfAnotherStationIsNotFound() {
        PlaceView created = management.create(place(t.gridA1, "医院"), stationA);
        management.change(created.id(), created.version(), place(t.gridA2, "医院二部"), stationA);
        assertThatThrownBy(() -> management.change(created.id(), created.version(), place(t.gridA1, "z"), stationA))
                .isInstanceOf(StaleEditException.class);
        AreaScope stationB = new AreaScope(areas.get(t.stationB, everything).path());
        assertThatThrownBy(() -> places.get(created.id(), stationB)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> management.change(created.id(), 1, place(t.gridB1, "z"), stationB))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(places.history(created.id(), stationA)).hasSize(2);
    }

    @Test
    void searchFindsByTextKindAndSubtreeWithinTheScopeOnly() {
        management.create(place(t.gridA1, "第一中学" + t.suffix), stationA);
        management.create(place(t.gridB1, "第二中学" + t.suffix), everything);
        List<PlaceView> found = places.search(new PlaceSearch("中学" + t.suffix, null, null, "name"), stationA,
                PageRequest.of(0, 20)).getContent();
        assertThat(found).extracting(PlaceView::name).containsExactly("第一中学" + t.suffix);
        assertThat(places.search(new PlaceSearch(t.suffix, null, t.communityB, "name"), everything,
                PageRequest.of(0, 20)).getContent()).extracting(PlaceView::name).containsExactly("第二中学" + t.suffix);
        assertThatThrownBy(() -> places.search(new PlaceSearch("", null, t.communityB, "kind"), stationA,
                PageRequest.of(0, 20))).isInstanceOf(RecordNotFoundException.class);
        PlacePanel panel = places.panel(t.communityA, stationA);
        assertThat(panel.total()).isEqualTo(1);
        assertThat(panel.countByKind()).containsEntry(PlaceKind.SCHOOL, 1L);
    }

    @Test
    void partnerUnitsCoverGridsOfTheScopeAndKeepTheirTeams() {
        PartnerView unit = partnerManagement.create(new PartnerData("摩天活力城", PartnerKind.MALL, "李经理",
                "13900001111", t.stationA, Set.of(t.gridA1, t.gridA2)), stationA);
        assertThatThrownBy(() -> partnerManagement.create(new PartnerData("x", PartnerKind.MALL, null, null,
                t.stationA, Set.of(t.gridB1)), stationA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.field()).isEqualTo("gridIds"));
        assertThatThrownBy(() -> partnerManagement.create(new PartnerData("x", PartnerKind.MALL, null, null,
                t.communityA, Set.of()), stationA)).isInstanceOf(RejectedInput.class);

        TeamView team = partnerManagement.addTeam(unit.id(), new TeamData("一队", "张队长", "13700000000",
                List.of(new TeamMemberEntry("甲", "1"), new TeamMemberEntry(" ", "2"), new TeamMemberEntry("乙", null))),
                stationA);
        assertThat(team.members()).extracting(TeamMemberEntry::name).containsExactly("甲", "乙");
        partnerManagement.changeTeam(unit.id(), team.id(), team.version(),
                new TeamData("一队", "张队长", null, List.of(new TeamMemberEntry("乙", null))), stationA);
        assertThatThrownBy(() -> partnerManagement.changeTeam(unit.id(), team.id(), team.version(),
                new TeamData("一队", null, null, List.of()), stationA)).isInstanceOf(StaleEditException.class);
        PartnerView loaded = partners.get(unit.id(), stationA);
        assertThat(loaded.gridIds()).containsExactlyInAnyOrder(t.gridA1, t.gridA2);
        assertThat(loaded.teams()).singleElement().satisfies(tv -> assertThat(tv.members()).hasSize(1));
        AreaScope stationB = new AreaScope(areas.get(t.stationB, everything).path());
        assertThatThrownBy(() -> partners.get(unit.id(), stationB)).isInstanceOf(RecordNotFoundException.class);
        assertThat(partners.history(unit.id(), stationA)).hasSize(1);
    }
}
