package org.gridwatch.shared.paging;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;

/**
 * One page of a list whose total may be known only up to a limit: a {@link org.springframework.data.domain.Slice}
 * (so "is there a next page" is always known) with a {@link BoundedCount}. The number of pages is known only when
 * the count is exact.
 */
public final class ListPage<T> extends SliceImpl<T> {

    private final BoundedCount count;

    public ListPage(List<T> content, Pageable pageable, boolean hasNext, BoundedCount count) {
        super(content, pageable, hasNext);
        this.count = count;
    }

    /** A list held whole in memory (no limit needed), cut to the page. */
    public static <T> ListPage<T> of(List<T> all, Pageable pageable) {
        int from = (int) Math.min(all.size(), pageable.getOffset());
        int to = Math.min(all.size(), from + pageable.getPageSize());
        return new ListPage<>(all.subList(from, to), pageable, to < all.size(), BoundedCount.exactly(all.size()));
    }

    public BoundedCount getCount() {
        return count;
    }

    /** Whether the number of pages can be shown: only when every row was counted. */
    public boolean isTotalKnown() {
        return count.exact();
    }

    /** The number of pages; only meaningful when {@link #isTotalKnown()}, else the pages counted so far. */
    public int getTotalPages() {
        int size = getSize();
        return size == 0 ? 1 : (int) ((count.value() + size - 1) / size);
    }

    /** Nothing matched at all (not merely an empty page beyond the end). */
    public boolean isNone() {
        return count.isZero();
    }

    @Override
    public <U> ListPage<U> map(Function<? super T, ? extends U> converter) {
        return new ListPage<>(getConvertedContent(converter), getPageable(), hasNext(), count);
    }
}
