package org.gridwatch.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeoPointTests {

    @Test
    void twoNumbersOnTheEarthAreAPoint() {
        assertThat(GeoPoint.parse(" 31.23 ", "121.47")).contains(new GeoPoint(31.23, 121.47));
        assertThat(GeoPoint.parse("-90", "180")).contains(new GeoPoint(-90, 180));
    }

    @Test
    void halfAPointTextOrAPlaceOffTheEarthIsNoPoint() {
        assertThat(GeoPoint.parse("31.23", "")).isEmpty();
        assertThat(GeoPoint.parse(null, "121.47")).isEmpty();
        assertThat(GeoPoint.parse("north", "121.47")).isEmpty();
        assertThat(GeoPoint.parse("NaN", "121.47")).isEmpty();
        assertThat(GeoPoint.parse("31.23", "Infinity")).isEmpty();
        assertThat(GeoPoint.parse("90.5", "121.47")).isEmpty();
        assertThat(GeoPoint.parse("31.23", "-180.1")).isEmpty();
    }

    @Test
    void aPointCannotBeMadeOffTheEarth() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
