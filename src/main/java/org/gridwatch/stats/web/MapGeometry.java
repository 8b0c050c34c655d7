package org.gridwatch.stats.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.GridShape;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The grids' boundaries under an area as GeoJSON, serialised once per area and version of the area tree and kept
 * as bytes (plain and gzipped). A branch of 10,000 grids is 2–3 MB that used to be loaded, parsed and written on
 * every request; it changes only when an area does. The key is the area's path with the tree's stamp, read from
 * the database on each request, so an edit made through any instance shows at once; older versions age out.
 * Callers check that the area lies in the user's scope first: an entry holds exactly the grids under its path,
 * the same for every user allowed to see it.
 */
@Component
class MapGeometry {

    /** Bumped when the document's shape changes, so browsers holding an older one fetch it again. */
    private static final String FORMAT = "g1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One area's grids, serialised. */
    record Serialised(byte[] json, byte[] gzip) {
    }

    private final AreaDirectory areas;
    private final Cache<String, Serialised> byPathAndStamp = Caffeine.newBuilder()
            .maximumWeight(128L * 1024 * 1024)
            .<String, Serialised>weigher((key, value) -> value.json().length + value.gzip().length)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    MapGeometry(AreaDirectory areas) {
        this.areas = areas;
    }

    /** The current stamp of the area tree (one small aggregate over the area table). */
    String stamp() {
        return areas.treeStamp();
    }

    /** The entity tag of the area's geometry at this stamp: known before anything is built. */
    static String etag(AreaSummary area, String stamp) {
        return "\"" + FORMAT + "-" + area.id() + "-" + stamp + "\"";
    }

    /** The area's geometry at this stamp, built on the first request for it. */
    Serialised of(AreaSummary area, String stamp) {
        return byPathAndStamp.get(area.path() + "|" + stamp, key -> build(area.path()));
    }

    private Serialised build(String path) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (GridShape grid : areas.gridShapes(path)) {
            if (grid.boundary() == null) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", grid.id());
            properties.put("name", grid.name());
            properties.put("community", grid.communityName());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("geometry", JSON.readTree(grid.boundary()));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        byte[] json = JSON.writeValueAsBytes(collection);
        return new Serialised(json, gzip(json));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
