package org.gridwatch.people;

import java.time.Clock;
import java.time.LocalDate;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.AccountView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes people and their concurrent posts within the caller's scope. Rule violations come back
 * as {@link RejectedInput} naming the field, so pages and importers can report them.
 */
@Service
@Transactional
public class PeopleManagement {

    private final PersonRepository people;
    private final ConcurrentPostRepository posts;
    private final AreaDirectory areas;
    private final AccountManagement accounts;
    private final Clock clock;

    PeopleManagement(PersonRepository people, ConcurrentPostRepository posts, AreaDirectory areas,
            AccountManagement accounts, Clock clock) {
        this.people = people;
        this.posts = posts;
        this.areas = areas;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Records a new person. The home area must be a station or community within the scope; an officer needs a
     * police number no one else has; a mediator needs a mediator kind; an account username must exist and not
     * be linked to someone else.
     */
    public PersonDetails create(PersonData data, AreaScope scope) {
        Long accountId = check(null, data, scope);
        Person person = new Person(data.kind(), data.mediatorKind(), data.name().trim(), trim(data.phone()),
                data.homeAreaId(), trim(data.policeNumber()), trim(data.post()), accountId, clock.instant());
        if (!data.active()) {
            person.change(data.mediatorKind(), data.name().trim(), trim(data.phone()), data.homeAreaId(),
                    trim(data.policeNumber()), trim(data.post()), accountId, false, clock.instant());
        }
        return save(person);
    }

    /**
     * Changes a person within the scope (a 404 otherwise); the kind stays as created. Marking an active person
     * inactive disables their account (see {@link #leave}). Throws
     * {@link StaleEditException} when {@code version} is not the current one; the rules are those of
     * {@link #create}.
     */
    public PersonDetails change(long id, long version, PersonData data, AreaScope scope) {
        Person person = load(id, scope);
        if (person.getVersion() != version) {
            throw new StaleEditException("Person", id);
        }
        PersonData asKind = new PersonData(person.getKind(), data.mediatorKind(), data.name(), data.phone(),
                data.homeAreaId(), data.policeNumber(), data.post(), data.accountUsername(), data.active());
        PersonSummary before = person.summary();
        Long accountId = check(before, asKind, scope);
        person.change(data.mediatorKind(), data.name().trim(), trim(data.phone()), data.homeAreaId(),
                trim(data.policeNumber()), trim(data.post()), accountId, data.active(), clock.instant());
        PersonDetails saved = save(person);
        if (before.active() && !data.active() && accountId != null) {
            // someone who leaves signs in no more: the account is disabled and its sessions end
            accounts.disableLeaver(accountId);
        }
        return saved;
    }

    /** Records a concurrent post of an officer within the scope, in a community within the scope. */
    public PostView addPost(long personId, PostData data, AreaScope scope) {
        Person person = load(personId, scope);
        if (person.getKind() != PersonKind.OFFICER) {
            throw new RejectedInput("postName", "post.officersOnly");
        }
        boolean community = areas.find(data.communityId(), scope)
                .filter(a -> a.type() == AreaType.COMMUNITY && !a.retired()).isPresent();
        if (!community) {
            throw new RejectedInput("communityId", "post.community.invalid");
        }
        if (data.to() != null && data.to().isBefore(data.from())) {
            throw new RejectedInput("to", "post.dates.order");
        }
        return posts.saveAndFlush(new ConcurrentPost(personId, data, clock.instant())).view();
    }

    /**
     * Ends a post on {@code day}. Throws {@link StaleEditException} on an old version and
     * {@link org.gridwatch.shared.web.NotAllowedException} when it has ended already.
     */
    public PostView endPost(long personId, long postId, long version, LocalDate day, AreaScope scope) {
        load(personId, scope);
        ConcurrentPost post = posts.findByIdAndPersonId(postId, personId)
                .orElseThrow(() -> new RecordNotFoundException("ConcurrentPost", postId));
        if (post.getVersion() != version) {
            throw new StaleEditException("ConcurrentPost", postId);
        }
        post.end(day, clock.instant());
        return posts.saveAndFlush(post).view();
    }

    /**
     * Links an account just opened for a person within the scope who has none; {@code person.account.taken}
     * on {@code accountUsername} when someone linked one meanwhile.
     */
    public void linkAccount(long personId, long accountId, AreaScope scope) {
        Person person = load(personId, scope);
        if (person.getAccountId() != null) {
            throw new RejectedInput("accountUsername", "person.account.taken");
        }
        person.linkAccount(accountId, clock.instant());
        save(person);
    }

    /**
     * A person within the scope leaves the service (their handover): no longer active, and their account, if
     * any, disabled, which ends its sessions on every instance once committed. Returns whether an account was
     * disabled.
     */
    public boolean leave(long personId, AreaScope scope) {
        Person person = load(personId, scope);
        person.leave(clock.instant());
        save(person);
        return person.getAccountId() != null && accounts.disableLeaver(person.getAccountId());
    }

    private Person load(long id, AreaScope scope) {
        return people.findWithin(id, scope.pathPrefix()).orElseThrow(() -> new RecordNotFoundException("Person", id));
    }

    /** Checks the rules and returns the id of the account to link, if any. */
    private Long check(PersonSummary current, PersonData data, AreaScope scope) {
        boolean home = areas.find(data.homeAreaId(), scope)
                .filter(a -> (a.type() == AreaType.STATION || a.type() == AreaType.COMMUNITY) && !a.retired())
                .isPresent();
        if (!home) {
            throw new RejectedInput("homeAreaId", "person.homeArea.invalid");
        }
        if (data.kind() == PersonKind.OFFICER) {
            String number = trim(data.policeNumber());
            if (number == null) {
                throw new RejectedInput("policeNumber", "NotBlank");
            }
            boolean unchanged = current != null && number.equals(current.policeNumber());
            if (!unchanged && people.existsByPoliceNumber(number)) {
                throw new RejectedInput("policeNumber", "person.policeNumber.taken");
            }
        }
        if (data.kind() == PersonKind.MEDIATOR && data.mediatorKind() == null) {
            throw new RejectedInput("mediatorKind", "NotNull");
        }
        String username = trim(data.accountUsername());
        if (username == null) {
            return null;
        }
        AccountView account = accounts.findByUsername(username)
                .orElseThrow(() -> new RejectedInput("accountUsername", "person.account.unknown"));
        people.findByAccountId(account.id())
                .filter(other -> current == null || !other.getId().equals(current.id()))
                .ifPresent(other -> {
                    throw new RejectedInput("accountUsername", "person.account.taken");
                });
        return account.id();
    }

    private PersonDetails save(Person person) {
        try {
            return people.saveAndFlush(person).details();
        } catch (DataIntegrityViolationException raced) {
            String message = String.valueOf(raced.getMostSpecificCause().getMessage());
            if (message.contains("person_police_number_key")) {
                throw new RejectedInput("policeNumber", "person.policeNumber.taken");
            }
            if (message.contains("person_account_key")) {
                throw new RejectedInput("accountUsername", "person.account.taken");
            }
            throw raced;
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
