package org.gridwatch.fieldwork;

/**
 * The query parameters every record list shares ({@code area, from, to, person, campaign, page}), as its query
 * record declares them (bound with {@code @ModelAttribute} and shared by the list and its export): read leniently
 * into a {@link RecordFilter}, and written back into the list's links.
 */
public interface RecordQuery extends AreaPeriodQuery {

    String person();

    String campaign();

    @Override
    default RecordFilter filter() {
        return RecordFilter.of(area(), from(), to(), person(), campaign());
    }
}
