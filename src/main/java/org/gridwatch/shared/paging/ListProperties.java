package org.gridwatch.shared.paging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gridwatch.lists.*}: {@code count-limit} is how far a list counts its rows before it shows "more than"
 * instead of an exact figure (an exact count over millions of records on every request is what made lists slow).
 */
@ConfigurationProperties("gridwatch.lists")
public record ListProperties(@DefaultValue("10000") int countLimit) {

    public ListProperties {
        if (countLimit < 1) {
            throw new IllegalArgumentException("gridwatch.lists.count-limit must be positive: " + countLimit);
        }
    }
}
