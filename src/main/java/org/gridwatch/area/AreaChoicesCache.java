package org.gridwatch.area;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The area pickers' options per scope and types: a branch's picker has hundreds of stations and communities and
 * appears on every dashboard and list page. Keyed by the tree's stamp ({@link AreaTreeStamp}), so any change of the
 * tree, made by this instance or another sharing the database, gives new keys; old entries age out after
 * {@link #MAX_AGE}.
 */
@Component
class AreaChoicesCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    record Key(String treeStamp, String pathPrefix, List<AreaType> types) {
    }

    private final Cache<Key, List<AreaChoice>> choices = Caffeine.newBuilder().expireAfterWrite(MAX_AGE)
            .maximumSize(2_000).build();

    List<AreaChoice> get(Key key, Function<Key, List<AreaChoice>> load) {
        return choices.get(key, load);
    }
}
