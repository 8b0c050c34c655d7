package org.gridwatch.place;

import java.time.Clock;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes places; pages and importers call it with the caller's scope. */
@Service
@Transactional
public class PlaceManagement {

    private final PlaceRepository places;
    private final AreaDirectory areas;
    private final Clock clock;

    PlaceManagement(PlaceRepository places, AreaDirectory areas, Clock clock) {
        this.places = places;
        this.areas = areas;
        this.clock = clock;
    }

    /**
     * Records a new place. Throws {@link RejectedInput} when the grid is not a live grid within the
     * scope or a coordinate or the visit target is out of range.
     */
    public PlaceView create(PlaceData data, AreaScope scope) {
        check(data, scope);
        return places.saveAndFlush(new Place(data, clock.instant())).view();
    }

    /**
     * Changes a place within the scope (a 404 otherwise). Throws {@link StaleEditException} when
     * {@code version} is not the current one, {@link RejectedInput} as for {@link #create}.
     */
    public PlaceView change(long id, long version, PlaceData data, AreaScope scope) {
        Place place = places.findWithin(id, scope.pathPrefix())
                .orElseThrow(() -> new RecordNotFoundException("Place", id));
        if (place.getVersion() != version) {
            throw new StaleEditException("Place", id);
        }
        check(data, scope);
        place.change(data, clock.instant());
        return places.saveAndFlush(place).view();
    }

    /** Out of range, or not a number at all ("NaN" and "Infinity" parse as doubles). */
    private static boolean outside(double value, double limit) {
        return !Double.isFinite(value) || Math.abs(value) > limit;
    }

    private void check(PlaceData data, AreaScope scope) {
        boolean liveGrid = areas.find(data.gridId(), scope)
                .filter(a -> a.type() == AreaType.GRID && !a.retired()).isPresent();
        if (!liveGrid) {
            throw new RejectedInput("gridId", "place.grid.invalid");
        }
        if (data.latitude() != null && outside(data.latitude(), 90)) {
            throw new RejectedInput("latitude", "place.latitude.range");
        }
        if (data.longitude() != null && outside(data.longitude(), 180)) {
            throw new RejectedInput("longitude", "place.longitude.range");
        }
        if ((data.latitude() == null) != (data.longitude() == null)) {
            throw new RejectedInput(data.latitude() == null ? "latitude" : "longitude", "place.point.both");
        }
        if (data.visitEveryDays() != null && data.visitEveryDays() <= 0) {
            throw new RejectedInput("visitEveryDays", "Positive");
        }
    }
}
