package org.gridwatch.shared.web;

import org.springframework.data.domain.PageRequest;

/**
 * A list's query record that carries the pager's {@code page} parameter as sent; an unreadable or absurd page is
 * the first (see {@link QueryParams#page}).
 */
public interface PagedQuery {

    String page();

    default PageRequest pageRequest(int size) {
        return PageRequest.of(QueryParams.page(page()), size);
    }
}
