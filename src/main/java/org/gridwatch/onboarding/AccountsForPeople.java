package org.gridwatch.onboarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.duty.GridCoverage;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.InitialAccount;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.ScopeAreas;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonKind;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.shared.RejectedInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts for people of the register, all or nothing. What each gets, unless a sheet says otherwise:
 * <ul>
 * <li>role: an officer who leads a station (post 所长 or 教导员, home a station) SUPERVISOR, other officers OFFICER,
 * auxiliaries AUXILIARY, mediators MEDIATOR; grid workers and volunteers get no account;</li>
 * <li>scope: the home area, widened to the nearest area that also holds every community of their duty today;</li>
 * <li>username: an officer's police number, else the kind and the register number ({@code aux-123}).</li>
 * </ul>
 * The opener gives only roles and scopes they may give ({@link AccountManagement#checkRolesGrantable},
 * {@link AccountManagement#checkScopeGrantable}) and sees only people of their scope (others are "not found").
 */
@Service
@Transactional
public class AccountsForPeople {

    /** At most this many people in one go (a branch's register). */
    public static final int MAX_PEOPLE = 500;

    private final PersonDirectory people;
    private final PeopleManagement register;
    private final DutyDirectory duty;
    private final AreaDirectory areas;
    private final AccountManagement accounts;
    private final ScopeAreas scopeAreas;

    AccountsForPeople(PersonDirectory people, PeopleManagement register, DutyDirectory duty, AreaDirectory areas,
            AccountManagement accounts, ScopeAreas scopeAreas) {
        this.scopeAreas = scopeAreas;
        this.people = people;
        this.register = register;
        this.duty = duty;
        this.areas = areas;
        this.accounts = accounts;
    }

    /** What each of these people would get, in the order given; a person outside the user's scope is a 404. */
    @Transactional(readOnly = true)
    public List<AccountProposal> propose(Collection<Long> personIds, SignedInUser by) {
        AreaScope scope = areas.scopeOf(by);
        Set<String> usernames = new HashSet<>();
        List<AccountProposal> proposals = new ArrayList<>();
        for (long id : new LinkedHashSet<>(personIds)) {
            proposals.add(propose(people.get(id, scope), null, null, null, by, usernames));
        }
        return proposals;
    }

    /**
     * Opens an account for every one of these people, or for none: throws {@link RejectedInput} (whole form,
     * {@code onboarding.refused}) when any of them cannot get one (see {@link #propose}).
     */
    public List<IssuedAccount> open(Collection<Long> personIds, SignedInUser by) {
        if (personIds.isEmpty()) {
            throw new RejectedInput(null, "onboarding.noneSelected");
        }
        if (personIds.size() > MAX_PEOPLE) {
            throw new RejectedInput(null, "onboarding.tooMany", MAX_PEOPLE);
        }
        List<AccountProposal> proposals = propose(personIds, by);
        if (proposals.stream().anyMatch(p -> !p.ok())) {
            throw new RejectedInput(null, "onboarding.refused");
        }
        return issue(proposals, by);
    }

    /** Opens the accounts of proposals without problems; the caller's transaction keeps all or none. */
    List<IssuedAccount> issue(List<AccountProposal> proposals, SignedInUser by) {
        AreaScope scope = areas.scopeOf(by);
        List<IssuedAccount> issued = new ArrayList<>();
        for (AccountProposal p : proposals) {
            InitialAccount opened = accounts.openWithInitialPassword(p.username(), p.name(), Set.of(p.role()),
                    p.scopeAreaId(), by);
            register.linkAccount(p.personId(), opened.account().id(), scope);
            issued.add(new IssuedAccount(p.personId(), p.name(), p.policeNumber(), p.home(), opened.account().username(),
                    p.role(), p.scopeLabel(), opened.initialPassword()));
        }
        return issued;
    }

    /**
     * The proposal for one person; {@code username}, {@code role} and {@code scopeAreaId} as a sheet gives them,
     * {@code null} to derive them. {@code usernames}: those already proposed in this batch.
     */
    AccountProposal propose(PersonSummary person, String username, Role role, Long scopeAreaId, SignedInUser by,
            Set<String> usernames) {
        Role derivedRole = role != null ? role : roleOf(person);
        Long scopeId = scopeAreaId != null ? scopeAreaId : scopeOf(person);
        String name = username != null ? username.trim().toLowerCase(Locale.ROOT) : usernameOf(person);
        String problem = problemOf(person, name, derivedRole, scopeId, by, usernames);
        return new AccountProposal(person.id(), person.name(), person.kind(), person.policeNumber(),
                areas.label(person.homeAreaId()), name, derivedRole, scopeId,
                scopeAreas.label(scopeId), problem);
    }

    private String problemOf(PersonSummary person, String username, Role role, Long scopeId, SignedInUser by,
            Set<String> usernames) {
        if (person.accountId() != null) {
            return "onboarding.problem.hasAccount";
        }
        if (!person.active()) {
            return "onboarding.problem.inactive";
        }
        if (role == null) {
            return "onboarding.problem.noRole";
        }
        if (!AccountManagement.grantableBy(by).contains(role)) {
            return "onboarding.problem.roleNotAllowed";
        }
        if (!accounts.mayGrant(Set.of(role), scopeId, by)) {
            return "onboarding.problem.scopeNotAllowed";
        }
        if (!usernames.add(username) || accounts.usernameTaken(username)) {
            return "onboarding.problem.usernameTaken";
        }
        return null;
    }

    static Role roleOf(PersonSummary person) {
        if (!person.kind().holdsAccounts()) {
            return null;
        }
        return switch (person.kind()) {
            case OFFICER -> leadsAStation(person) ? Role.SUPERVISOR : Role.OFFICER;
            case AUXILIARY -> Role.AUXILIARY;
            case MEDIATOR -> Role.MEDIATOR;
            case GRID_WORKER, VOLUNTEER -> null;
        };
    }

    private static boolean leadsAStation(PersonSummary person) {
        String post = person.post() == null ? "" : person.post();
        return post.contains("所长") || post.contains("教导员");
    }

    static String usernameOf(PersonSummary person) {
        if (person.kind() == PersonKind.OFFICER && person.policeNumber() != null) {
            return person.policeNumber().trim().toLowerCase(Locale.ROOT);
        }
        String prefix = switch (person.kind()) {
            case AUXILIARY -> "aux";
            case MEDIATOR -> "med";
            case GRID_WORKER -> "grid";
            case VOLUNTEER -> "vol";
            case OFFICER -> "officer";
        };
        return prefix + "-" + person.id();
    }

    /** The home area, widened to the nearest area that also holds each community of the person's duty today. */
    private Long scopeOf(PersonSummary person) {
        List<Long> common = pathIds(areas.find(person.homeAreaId()).map(AreaSummary::path).orElse("/"));
        for (GridCoverage grid : duty.gridsOf(person.id(), AreaScope.everything())) {
            List<Long> other = pathIds(areas.find(grid.communityId()).map(AreaSummary::path).orElse("/"));
            int shared = 0;
            while (shared < common.size() && shared < other.size() && common.get(shared).equals(other.get(shared))) {
                shared++;
            }
            common = common.subList(0, shared);
        }
        return common.isEmpty() ? null : common.get(common.size() - 1);
    }

    private static List<Long> pathIds(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
