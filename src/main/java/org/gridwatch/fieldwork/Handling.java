package org.gridwatch.fieldwork;

/**
 * How many matters of one kind were raised in a period and how many of them were acted on within their deadline
 * (the 管事率's parts). A matter still inside its deadline and not yet acted on is not counted at all.
 *
 * @param counted       matters raised in the period whose deadline has passed or that were acted on
 * @param actedInTime   those of them acted on within the deadline
 * @param definitionKey message key of what "acted on in time" means for this kind
 */
public record Handling(RecordKind kind, long counted, long actedInTime, String definitionKey) {

    public Handling {
        if (counted < 0 || actedInTime < 0 || actedInTime > counted) {
            throw new IllegalArgumentException("0 <= actedInTime <= counted");
        }
    }
}
