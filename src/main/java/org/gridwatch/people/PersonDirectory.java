package org.gridwatch.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.shared.database.LikePattern;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the people register for other modules; scope is applied in the queries. */
@Service
@Transactional(readOnly = true)
public class PersonDirectory {

    private static final int PANEL_SIZE = 100;

    private final PersonRepository people;
    private final ConcurrentPostRepository posts;
    private final AreaDirectory areas;
    private final AuditHistory audit;

    PersonDirectory(PersonRepository people, ConcurrentPostRepository posts, AreaDirectory areas, AuditHistory audit) {
        this.people = people;
        this.posts = posts;
        this.areas = areas;
        this.audit = audit;
    }

    /** One person, if their home area lies within the scope. */
    public Optional<PersonSummary> find(long id, AreaScope scope) {
        return people.findWithin(id, scope.pathPrefix()).map(Person::summary);
    }

    /** One person within the scope, or a 404 for the user. */
    public PersonSummary get(long id, AreaScope scope) {
        return find(id, scope).orElseThrow(() -> new RecordNotFoundException("Person", id));
    }

    /** One person regardless of scope, for labels on records already checked by their own module. */
    public Optional<PersonSummary> find(long id) {
        return people.findById(id).map(Person::summary);
    }

    /** Names of people regardless of scope (labels of records already checked): id to name, unknown ids left out. */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            people.nameRows(ids).forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    /** Active people of a kind (or of every kind when {@code kind} is null) within the scope, by name. */
    public List<PersonSummary> activeWithin(AreaScope scope, PersonKind kind) {
        return people.findActiveWithin(scope.pathPrefix(), kind == null ? null : kind.name()).stream()
                .map(Person::summary).toList();
    }

    /** How many active people the scope holds, counted no further than {@code max}. */
    public long countActiveWithin(AreaScope scope, int max) {
        return people.countActiveWithin(scope.pathPrefix(), max);
    }

    /** A person within the scope with timestamps and version, for detail and edit pages; a 404 otherwise. */
    public PersonDetails details(long id, AreaScope scope) {
        return people.findWithin(id, scope.pathPrefix()).map(Person::details)
                .orElseThrow(() -> new RecordNotFoundException("Person", id));
    }

    /**
     * A page of people by name: free text on name, phone and police number, an optional kind, an optional area
     * (people whose home area lies in its subtree; outside the scope a 404) and an optional active flag.
     */
    public Page<PersonSummary> search(String text, PersonKind kind, Long areaId, Boolean active, AreaScope scope,
            Pageable pageable) {
        String within = areaId == null ? scope.pathPrefix() : areas.get(areaId, scope).path();
        return people.search(scope.pathPrefix(), within, kind == null ? null : kind.name(), active,
                LikePattern.contains(text), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                .map(Person::summary);
    }

    /** The active people of an area's subtree by kind (at most 100), for the area page; outside the scope a 404. */
    public PeoplePanel panel(long areaId, AreaScope scope) {
        AreaSummary area = areas.get(areaId, scope);
        Page<Person> page = people.search(area.path(), area.path(), null, true, "", PageRequest.of(0, PANEL_SIZE));
        Map<PersonKind, List<PersonSummary>> byKind = new EnumMap<>(PersonKind.class);
        for (Person person : page) {
            byKind.computeIfAbsent(person.getKind(), k -> new ArrayList<>()).add(person.summary());
        }
        return new PeoplePanel(page.getTotalElements(), byKind);
    }

    /** The concurrent posts of a person within the scope, latest first. */
    public List<PostView> posts(long personId, AreaScope scope) {
        get(personId, scope);
        return posts.findByPersonIdOrderByFromDateDesc(personId).stream().map(ConcurrentPost::view).toList();
    }

    /** The change history of a person within the scope, newest first. */
    public List<HistoryEntry> history(long id, AreaScope scope) {
        get(id, scope);
        return audit.of(Person.class, id);
    }

    /** The officer with this police number, if their home area lies within the scope. */
    public Optional<PersonSummary> findByPoliceNumber(String policeNumber, AreaScope scope) {
        return people.findByPoliceNumber(policeNumber).map(Person::summary)
                .filter(p -> find(p.id(), scope).isPresent());
    }

    /** The person record of a sign-in account, if the account belongs to one. */
    public Optional<PersonSummary> ofAccount(long accountId) {
        return people.findByAccountId(accountId).map(Person::summary);
    }
}
