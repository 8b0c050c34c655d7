package org.gridwatch.onboarding;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.shared.spreadsheet.ImportProblem;
import org.gridwatch.shared.spreadsheet.ImportRejectedException;
import org.gridwatch.shared.spreadsheet.RowReader;
import org.gridwatch.shared.spreadsheet.SheetRow;
import org.gridwatch.shared.spreadsheet.Spreadsheets;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the people a workbook lists (xlsx with Chinese headers), the rules of every ledger import: each
 * row is checked, then every account is opened in one transaction; one problem anywhere and none is. A row names
 * a person of the register by police number, or by name and home area code; username, role and scope may be
 * given, else they are derived as {@link AccountsForPeople} does.
 */
@Service
public class AccountSheetImport {

    public static final String NAME = "姓名";
    public static final String POLICE_NUMBER = "警号";
    public static final String HOME = "所属区域编码";
    public static final String USERNAME = "用户名";
    public static final String ROLE = "角色";
    public static final String SCOPE = "账号范围编码";
    public static final List<String> COLUMNS = List.of(NAME, POLICE_NUMBER, HOME, USERNAME, ROLE, SCOPE);

    private static final Pattern USERNAME_TEXT = Pattern.compile("[A-Za-z0-9._-]*");
    /** Which column a proposal's problem concerns. */
    private static final Map<String, String> COLUMN_OF_PROBLEM = Map.of(
            "onboarding.problem.roleNotAllowed", ROLE, "onboarding.problem.noRole", ROLE,
            "onboarding.problem.scopeNotAllowed", SCOPE, "onboarding.problem.usernameTaken", USERNAME);

    private final AccountsForPeople accounts;
    private final PersonDirectory people;
    private final AreaDirectory areas;
    private final Map<String, Role> roles;

    AccountSheetImport(AccountsForPeople accounts, PersonDirectory people, AreaDirectory areas,
            MessageSource messages) {
        this.accounts = accounts;
        this.people = people;
        this.areas = areas;
        this.roles = RowReader.choices(Role.class,
                r -> messages.getMessage("role." + r.name(), null, null, Locale.SIMPLIFIED_CHINESE));
    }

    /** The template: the headers, an officer by police number and an auxiliary by name and home area. */
    public byte[] template() {
        return Spreadsheets.write("账号", COLUMNS, List.of(
                List.of("张伟", "A10001", "", "", "", ""),
                List.of("李娜", "", "JK-LH-01", "", "辅警", "")));
    }

    /**
     * Opens an account for every row's person and returns the sheet of initial passwords. Throws
     * {@link ImportRejectedException} with every problem found (unreadable file, missing column, bad cell, a person
     * not found in the user's scope or named twice, a role or scope the user may not give, a username taken, a
     * person who has an account or cannot get one); then no account is opened.
     */
    @Transactional
    public List<IssuedAccount> importWorkbook(InputStream xlsx, SignedInUser by) {
        List<SheetRow> rows = Spreadsheets.read(xlsx, COLUMNS);
        if (rows.isEmpty()) {
            throw new ImportRejectedException(List.of(ImportProblem.of(0, "", "import.empty")));
        }
        if (rows.size() > AccountsForPeople.MAX_PEOPLE) {
            throw new ImportRejectedException(List.of(
                    ImportProblem.of(0, "", "onboarding.tooMany", AccountsForPeople.MAX_PEOPLE)));
        }
        AreaScope scope = areas.scopeOf(by);
        List<ImportProblem> problems = new ArrayList<>();
        Map<Long, Integer> firstRowOf = new HashMap<>();
        Set<String> usernames = new HashSet<>();
        List<AccountProposal> proposals = new ArrayList<>();
        for (SheetRow row : rows) {
            RowReader cells = new RowReader(row, problems);
            String name = cells.text(NAME, true, 60);
            String number = cells.text(POLICE_NUMBER, false, 20);
            String home = cells.text(HOME, number == null, 60);
            String username = cells.text(USERNAME, false, 60, USERNAME_TEXT);
            Role role = cells.choice(ROLE, false, roles);
            Long scopeId = area(cells, cells.text(SCOPE, false, 60), scope);
            if (!cells.clean()) {
                continue;
            }
            Optional<PersonSummary> person = person(cells, name, number, home, scope);
            if (person.isEmpty()) {
                continue;
            }
            Integer first = firstRowOf.putIfAbsent(person.get().id(), row.number());
            if (first != null) {
                cells.problem(NAME, "import.duplicate", first);
                continue;
            }
            AccountProposal proposal = accounts.propose(person.get(), username, role, scopeId, by, usernames);
            if (proposal.ok()) {
                proposals.add(proposal);
            } else {
                cells.problem(COLUMN_OF_PROBLEM.getOrDefault(proposal.problem(), NAME), proposal.problem());
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
            throw new ImportRejectedException(problems);
        }
        return accounts.issue(proposals, by);
    }

    /** The row's person: by police number (the name must match), else by name among the people of the home area. */
    private Optional<PersonSummary> person(RowReader cells, String name, String number, String homeCode,
            AreaScope scope) {
        if (number != null) {
            Optional<PersonSummary> officer = people.findByPoliceNumber(number, scope);
            if (officer.isEmpty()) {
                cells.problem(POLICE_NUMBER, "onboarding.import.personUnknown");
            } else if (!officer.get().name().equals(name)) {
                cells.problem(NAME, "onboarding.import.nameMismatch", officer.get().name());
                return Optional.empty();
            }
            return officer;
        }
        Optional<AreaSummary> home = areas.findByCode(homeCode, scope);
        if (home.isEmpty()) {
            cells.problem(HOME, "person.import.homeUnknown", homeCode);
            return Optional.empty();
        }
        List<PersonSummary> named = people.activeWithin(new AreaScope(home.get().path()), null).stream()
                .filter(p -> p.name().equals(name) && p.homeAreaId() == home.get().id()).toList();
        if (named.isEmpty()) {
            cells.problem(NAME, "onboarding.import.personUnknown");
            return Optional.empty();
        }
        if (named.size() > 1) {
            cells.problem(NAME, "onboarding.import.personAmbiguous");
            return Optional.empty();
        }
        return Optional.of(named.get(0));
    }

    private Long area(RowReader cells, String code, AreaScope scope) {
        if (code == null) {
            return null;
        }
        Optional<AreaSummary> area = areas.findByCode(code, scope).filter(a -> !a.retired());
        if (area.isEmpty()) {
            cells.problem(SCOPE, "onboarding.import.scopeUnknown", code);
            return null;
        }
        return area.get().id();
    }
}
