package org.gridwatch.shared.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A list's address with the filters in force, for its pager, sort links and export: a filter without a value is
 * left out, since an absent parameter and an empty one mean the same to every list.
 */
public final class ListLink {

    private final UriComponentsBuilder url;

    private ListLink(UriComponentsBuilder url) {
        this.url = url;
    }

    public static ListLink to(String path) {
        return new ListLink(UriComponentsBuilder.fromPath(path));
    }

    /** Adds {@code name=value} unless the value is null or blank. */
    public ListLink with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            url.queryParam(name, value);
        }
        return this;
    }

    /** The same filters on another path (the export beside the list). */
    public ListLink at(String path) {
        return new ListLink(url.cloneBuilder().replacePath(path));
    }

    @Override
    public String toString() {
        return url.cloneBuilder().encode().build().toUriString();
    }
}
