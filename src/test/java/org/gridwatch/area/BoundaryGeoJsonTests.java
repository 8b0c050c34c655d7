package org.gridwatch.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class BoundaryGeoJsonTests {

    static final String SQUARE = """
            {"type":"Polygon","coordinates":[[[125.30,43.80],[125.31,43.80],[125.31,43.81],[125.30,43.81],[125.30,43.80]]]}""";

    @Test
    void acceptsAPolygon() throws Exception {
        Geometry geometry = BoundaryGeoJson.parse(SQUARE);
        assertThat(geometry.getGeometryType()).isEqualTo("Polygon");
        assertThat(geometry.isValid()).isTrue();
    }

    @Test
    void acceptsAMultiPolygonAndStoresItWithoutCrs() throws Exception {
        Geometry geometry = BoundaryGeoJson.parse("""
                {"type":"MultiPolygon","coordinates":[
                  [[[125.30,43.80],[125.31,43.80],[125.31,43.81],[125.30,43.80]]],
                  [[[125.40,43.80],[125.41,43.80],[125.41,43.81],[125.40,43.80]]]]}""");
        assertThat(geometry.getNumGeometries()).isEqualTo(2);
        String stored = BoundaryGeoJson.write(geometry);
        assertThat(stored).contains("\"MultiPolygon\"").doesNotContain("crs");
        assertThat(BoundaryGeoJson.readStored(stored).equalsExact(geometry)).isTrue();
    }

    @Test
    void acceptsAFeatureWrappingAPolygonAndKeepsOnlyTheGeometry() throws Exception {
        Geometry geometry = BoundaryGeoJson.parse(
                "{\"type\":\"Feature\",\"properties\":{\"name\":\"网格\"},\"geometry\":" + SQUARE + "}");
        assertThat(BoundaryGeoJson.write(geometry)).startsWith("{\"type\":\"Polygon\"");
    }

    @Test
    void acceptsAPolygonWithAHole() throws Exception {
        assertThat(BoundaryGeoJson.parse("""
                {"type":"Polygon","coordinates":[
                  [[0,0],[10,0],[10,10],[0,10],[0,0]],
                  [[2,2],[4,2],[4,4],[2,4],[2,2]]]}""").isValid()).isTrue();
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertRefused("{\"type\":\"Polygon\",", BoundaryGeoJson.UNREADABLE);
        assertRefused("not json at all", BoundaryGeoJson.UNREADABLE);
        assertRefused("[1, 2]", BoundaryGeoJson.UNREADABLE);
    }

    @Test
    void refusesCoordinatesThatAreNotNumberPairs() {
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[\"a\",1],[2,2],[3,3],[\"a\",1]]]}",
                BoundaryGeoJson.UNREADABLE);
        assertRefused("{\"type\":\"Polygon\"}", BoundaryGeoJson.UNREADABLE);
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[]}", BoundaryGeoJson.UNREADABLE);
    }

    @Test
    void refusesGeometriesOtherThanPolygons() {
        assertRefused("{\"type\":\"Point\",\"coordinates\":[125.3,43.8]}", BoundaryGeoJson.NOT_POLYGON);
        assertRefused("{\"type\":\"LineString\",\"coordinates\":[[125.3,43.8],[125.4,43.9]]}",
                BoundaryGeoJson.NOT_POLYGON);
        assertRefused("{\"type\":\"Feature\",\"geometry\":null}", BoundaryGeoJson.NOT_POLYGON);
        assertRefused("{\"type\":\"FeatureCollection\",\"features\":[]}", BoundaryGeoJson.NOT_POLYGON);
    }

    @Test
    void refusesARingThatIsNotClosed() {
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}",
                BoundaryGeoJson.NOT_CLOSED);
    }

    @Test
    void refusesARingWithTooFewPositions() {
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}", BoundaryGeoJson.TOO_FEW_POINTS);
    }

    @Test
    void refusesLongitudeOrLatitudeOutOfRange() {
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[181,0],[182,0],[182,1],[181,0]]]}",
                BoundaryGeoJson.OUT_OF_RANGE);
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[0,-91],[1,-91],[1,-90],[0,-91]]]}",
                BoundaryGeoJson.OUT_OF_RANGE);
        // latitude first by mistake: 125 is not a latitude
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[43.8,125.3],[43.9,125.3],[43.9,125.4],[43.8,125.3]]]}",
                BoundaryGeoJson.OUT_OF_RANGE);
    }

    @Test
    void refusesABoundaryThatCrossesItself() {
        // a bow tie: the second and fourth edges cross
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}",
                BoundaryGeoJson.SELF_INTERSECTS);
    }

    @Test
    void refusesOtherInvalidPolygons() {
        // a hole outside its shell
        assertRefused("""
                {"type":"Polygon","coordinates":[
                  [[0,0],[1,0],[1,1],[0,1],[0,0]],
                  [[5,5],[6,5],[6,6],[5,6],[5,5]]]}""", BoundaryGeoJson.INVALID);
    }

    private static void assertRefused(String text, String messageKey) {
        assertThatThrownBy(() -> BoundaryGeoJson.parse(text))
                .isInstanceOf(InvalidBoundaryException.class)
                .extracting(e -> ((InvalidBoundaryException) e).messageKey()).isEqualTo(messageKey);
    }
}
