package org.gridwatch.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.shared.RejectedInput;
import org.springframework.stereotype.Component;

/** The rules every outreach record's shared facts obey, whoever writes it (a form, the demo loader). */
@Component
class FactsRules {

    /** A phone's clock may run a little ahead; anything later than this is a typing mistake. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(15);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final int NOTES_LENGTH = 2000;
    static final int MAX_PEOPLE = 100;

    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final Clock clock;

    FactsRules(AreaDirectory areas, PersonDirectory people, Clock clock) {
        this.areas = areas;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Throws {@link RejectedInput} naming the first field that breaks a rule. {@code currentGridId}
     * is the grid the record already has (null for a new one): a record may stay in a grid retired since.
     */
    void check(FieldFacts facts, AreaScope scope, Long currentGridId) {
        boolean grid = areas.find(facts.gridId(), scope)
                .filter(a -> a.type() == AreaType.GRID && (!a.retired() || Objects.equals(currentGridId, a.id())))
                .isPresent();
        if (!grid) {
            throw new RejectedInput("gridId", "outreach.grid.invalid");
        }
        if (facts.occurredAt() == null) {
            throw new RejectedInput("occurredAt", "NotNull");
        }
        if (facts.occurredAt().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw new RejectedInput("occurredAt", "outreach.occurredAt.future");
        }
        if (facts.occurredAt().isBefore(EARLIEST)) {
            throw new RejectedInput("occurredAt", "outreach.occurredAt.tooOld");
        }
        checkPeople(facts.personIds(), scope);
        if (!validPoint(facts.lat(), facts.lon())) {
            throw new RejectedInput("gridId", "outreach.point.invalid");
        }
        if (facts.notes() != null && facts.notes().strip().length() > NOTES_LENGTH) {
            throw new RejectedInput("notes", "outreach.tooLong");
        }
        if (facts.campaignId() != null && facts.campaignId() <= 0) {
            throw new RejectedInput("campaignId", "outreach.campaign.invalid");
        }
    }

    /** Text that is required and at most {@code max} characters once trimmed. */
    static void requireText(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new RejectedInput(field, "NotBlank");
        }
        optionalText(value, max, field);
    }

    static void optionalText(String value, int max, String field) {
        if (value != null && value.strip().length() > max) {
            throw new RejectedInput(field, "outreach.tooLong");
        }
    }

    private void checkPeople(List<Long> personIds, AreaScope scope) {
        if (personIds.isEmpty()) {
            throw new RejectedInput("personIds", "outreach.people.required");
        }
        if (personIds.size() > MAX_PEOPLE) {
            throw new RejectedInput("personIds", "outreach.people.tooMany");
        }
        for (Long id : personIds) {
            if (id == null || people.find(id, scope).isEmpty()) {
                throw new RejectedInput("personIds", "outreach.people.outsideScope");
            }
        }
    }

    /** Both or neither, finite and on the globe ("NaN" and "Infinity" parse as doubles). */
    static boolean validPoint(Double lat, Double lon) {
        if (lat == null || lon == null) {
            return lat == null && lon == null;
        }
        return Double.isFinite(lat) && Double.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    }
}
