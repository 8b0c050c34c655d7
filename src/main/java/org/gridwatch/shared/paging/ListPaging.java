package org.gridwatch.shared.paging;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Builds {@link ListPage}s the same way for every list: it asks for one row more than the page holds (so the
 * next link is right without any count), and counts only when the page alone does not tell the total, and then
 * no further than {@link ListProperties#countLimit()} + 1 rows.
 */
@Component
public class ListPaging {

    /** The page's rows: at most {@code limit} of them, skipping {@code offset}, in the list's order. */
    @FunctionalInterface
    public interface Rows<T> {
        List<T> fetch(int limit, long offset);
    }

    /**
     * The number of matching rows, counted no further than {@code max}, typically
     * {@code select count(*) from (select 1 from … where … limit :max) bounded}.
     */
    @FunctionalInterface
    public interface CountUpTo {
        long count(int max);
    }

    private final int limit;

    public ListPaging(ListProperties properties) {
        this.limit = properties.countLimit();
    }

    public int countLimit() {
        return limit;
    }

    public <T> ListPage<T> page(Pageable pageable, Rows<T> rows, CountUpTo counter) {
        int size = pageable.getPageSize();
        long offset = pageable.getOffset();
        List<T> fetched = rows.fetch(size + 1, offset);
        boolean hasNext = fetched.size() > size;
        List<T> content = hasNext ? List.copyOf(fetched.subList(0, size)) : fetched;
        return new ListPage<>(content, pageable, hasNext, count(offset, content.size(), hasNext, counter));
    }

    private BoundedCount count(long offset, int onPage, boolean hasNext, CountUpTo counter) {
        if (!hasNext && (onPage > 0 || offset == 0)) {
            return BoundedCount.exactly(offset + onPage); // the last page: the total is in view
        }
        if (hasNext && offset + onPage >= limit) {
            return BoundedCount.moreThan(limit); // already beyond the limit
        }
        return BoundedCount.of(counter.count(limit + 1), limit);
    }
}
