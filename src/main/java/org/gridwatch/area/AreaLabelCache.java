package org.gridwatch.area;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;

/**
 * Grid labels ("社区 › 网格") with their paths, for the grid column of every list: each row of each page names a
 * grid, and a branch has ten thousand. Keyed by the tree's stamp ({@link AreaTreeStamp}) like the pickers'
 * choices, so a renamed or moved grid is read afresh by every instance sharing the database.
 */
@Component
class AreaLabelCache {

    record GridLabel(String label, String path) {
    }

    private record Key(String treeStamp, long gridId) {
    }

    private final Cache<Key, Optional<GridLabel>> grids = Caffeine.newBuilder()
            .expireAfterWrite(AreaChoicesCache.MAX_AGE).maximumSize(50_000).build();

    Optional<GridLabel> grid(String treeStamp, long gridId, LongFunction<Optional<GridLabel>> load) {
        return grids.get(new Key(treeStamp, gridId), key -> load.apply(key.gridId()));
    }
}
