package org.gridwatch.people;

import java.util.List;
import java.util.Optional;
import org.gridwatch.area.AreaScope;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the people register for other modules; scope is applied in the queries. */
@Service
@Transactional(readOnly = true)
public class PersonDirectory {

    private final PersonRepository people;

    PersonDirectory(PersonRepository people) {
        this.people = people;
    }

    public Optional<PersonSummary> find(long id, AreaScope scope) {
        return people.findWithin(id, scope.pathPrefix()).map(Person::summary);
    }

    public PersonSummary get(long id, AreaScope scope) {
        return find(id, scope).orElseThrow(() -> new RecordNotFoundException("Person", id));
    }

    /** One person regardless of scope, for labels on records already checked by their own module. */
    public Optional<PersonSummary> find(long id) {
        return people.findById(id).map(Person::summary);
    }

    /** Active people of a kind (or of every kind when {@code kind} is null) within the scope, by name. */
    public List<PersonSummary> activeWithin(AreaScope scope, PersonKind kind) {
        return people.findActiveWithin(scope.pathPrefix(), kind == null ? null : kind.name()).stream()
                .map(Person::summary).toList();
    }

    /** The person record of a sign-in account, if the account belongs to one. */
    public Optional<PersonSummary> ofAccount(long accountId) {
        return people.findByAccountId(accountId).map(Person::summary);
    }
}
