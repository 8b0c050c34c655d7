package org.gridwatch.area;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an area boundary: a GeoJSON Polygon or MultiPolygon in WGS84 (longitude, latitude), bare or
 * wrapped in a Feature. The structure is walked here rather than by JTS's reader so that each fault
 * (an open ring, a stray coordinate) gets its own message instead of one generic parse error.
 */
final class BoundaryGeoJson {

    static final String UNREADABLE = "area.boundary.unreadable";
    static final String NOT_POLYGON = "area.boundary.notPolygon";
    static final String TOO_FEW_POINTS = "area.boundary.tooFewPoints";
    static final String NOT_CLOSED = "area.boundary.notClosed";
    static final String OUT_OF_RANGE = "area.boundary.outOfRange";
    static final String SELF_INTERSECTS = "area.boundary.selfIntersects";
    static final String INVALID = "area.boundary.invalid";

    /** WGS84, as GeoJSON requires. */
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BoundaryGeoJson() {
    }

    /** The checked geometry of a boundary text, or the reason it is not acceptable. */
    static Geometry parse(String text) throws InvalidBoundaryException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidBoundaryException(UNREADABLE);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidBoundaryException(UNREADABLE);
        }
        JsonNode geometry = "Feature".equals(typeOf(root)) ? root.get("geometry") : root;
        if (geometry == null || !geometry.isObject()) {
            throw new InvalidBoundaryException(NOT_POLYGON);
        }
        Geometry result = switch (typeOf(geometry)) {
            case "Polygon" -> polygon(geometry.get("coordinates"));
            case "MultiPolygon" -> multiPolygon(geometry.get("coordinates"));
            default -> throw new InvalidBoundaryException(NOT_POLYGON);
        };
        TopologyValidationError error = new IsValidOp(result).getValidationError();
        if (error != null) {
            boolean crossing = error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
                    || error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION;
            throw new InvalidBoundaryException(crossing ? SELF_INTERSECTS : INVALID);
        }
        return result;
    }

    /** The form a boundary is stored in: the bare geometry, without CRS member. */
    static String write(Geometry geometry) {
        GeoJsonWriter writer = new GeoJsonWriter();
        writer.setEncodeCRS(false);
        return writer.write(geometry);
    }

    /** Reads a boundary that was checked when stored. */
    static Geometry readStored(String stored) {
        try {
            return new GeoJsonReader(FACTORY).read(stored);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored boundary no longer parses", e);
        }
    }

    private static String typeOf(JsonNode node) {
        JsonNode type = node.get("type");
        return type != null && type.isString() ? type.stringValue() : "";
    }

    private static Geometry multiPolygon(JsonNode coordinates) throws InvalidBoundaryException {
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            throw new InvalidBoundaryException(UNREADABLE);
        }
        Polygon[] polygons = new Polygon[coordinates.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = polygon(coordinates.get(i));
        }
        return FACTORY.createMultiPolygon(polygons);
    }

    private static Polygon polygon(JsonNode rings) throws InvalidBoundaryException {
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            throw new InvalidBoundaryException(UNREADABLE);
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) throws InvalidBoundaryException {
        if (positions == null || !positions.isArray()) {
            throw new InvalidBoundaryException(UNREADABLE);
        }
        List<Coordinate> coordinates = new ArrayList<>();
        for (JsonNode position : positions) {
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                throw new InvalidBoundaryException(UNREADABLE);
            }
            double lon = position.get(0).doubleValue();
            double lat = position.get(1).doubleValue();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw new InvalidBoundaryException(OUT_OF_RANGE);
            }
            coordinates.add(new Coordinate(lon, lat));
        }
        if (coordinates.size() < 4) {
            throw new InvalidBoundaryException(TOO_FEW_POINTS);
        }
        if (!coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            throw new InvalidBoundaryException(NOT_CLOSED);
        }
        return FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }
}
