package org.gridwatch.people;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.spreadsheet.ImportProblem;
import org.gridwatch.shared.spreadsheet.ImportRejectedException;
import org.gridwatch.shared.spreadsheet.RowReader;
import org.gridwatch.shared.spreadsheet.SheetRow;
import org.gridwatch.shared.spreadsheet.Spreadsheets;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people ledger import (xlsx with Chinese headers): every row is checked, then every row is created through
 * {@link PeopleManagement} in one transaction; one problem anywhere and nothing is kept.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
@Service
public class PeopleImport {

    public static final String KIND = "类别";
    public static final String NAME = "姓名";
    public static final String PHONE = "电话";
    public static final String HOME = "所属区域编码";
    public static final String POLICE_NUMBER = "警号";
    public static final String POST = "职务";
    public static final String MEDIATOR_KIND = "调解员类别";
    public static final List<String> COLUMNS = List.of(KIND, NAME, PHONE, HOME, POLICE_NUMBER, POST, MEDIATOR_KIND);

    private static final Pattern PHONE_TEXT = Pattern.compile("[0-9+\\- ]*");
    private static final Pattern POLICE_NUMBER_TEXT = Pattern.compile("[A-Za-z0-9-]*");
    /** Facade field → column, for the rules {@link PeopleManagement} enforces itself. */
    private static final Map<String, String> COLUMN_OF = Map.of("kind", KIND, "name", NAME, "phone", PHONE,
            "homeAreaId", HOME, "policeNumber", POLICE_NUMBER, "post", POST, "mediatorKind", MEDIATOR_KIND);

    private final PeopleManagement management;
    private final PersonDirectory directory;
    private final PersonRepository people;
    private final AreaDirectory areas;
    private final Map<String, PersonKind> kinds;
    private final Map<String, MediatorKind> mediatorKinds;

    PeopleImport(PeopleManagement management, PersonDirectory directory, PersonRepository people,
            AreaDirectory areas, MessageSource messages) {
        this.management = management;
        this.directory = directory;
        this.people = people;
        this.areas = areas;
        this.kinds = RowReader.choices(PersonKind.class,
                k -> messages.getMessage("person.kind." + k.name(), null, null, Locale.SIMPLIFIED_CHINESE));
        this.mediatorKinds = RowReader.choices(MediatorKind.class,
                k -> messages.getMessage("person.mediatorKind." + k.name(), null, null, Locale.SIMPLIFIED_CHINESE));
    }

    /** The template: the headers and one example row. */
    public byte[] template() {
        return Spreadsheets.write("人员", COLUMNS, List.of(
                List.of("民警", "张伟", "13800000000", "JK-LH", "A10001", "社区民警", ""),
                List.of("调解员", "李娜", "13900000000", "JK-LH-01", "", "", "律师")));
    }

    /**
     * Imports every row of the workbook as an active person in the scope and returns how many were created.
     * Throws {@link ImportRejectedException} with every problem found (unreadable file, missing column, bad cell,
     * area code not a station or community within the scope, duplicate, police number taken, a rule of
     * {@link PeopleManagement}); then nothing is kept.
     */
    @Transactional
    public int importWorkbook(InputStream xlsx, AreaScope scope) {
        List<SheetRow> rows = Spreadsheets.read(xlsx, COLUMNS);
        if (rows.isEmpty()) {
            throw new ImportRejectedException(List.of(ImportProblem.of(0, "", "import.empty")));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, AreaSummary> homes = new HashMap<>();
        Map<String, Integer> firstOfNumber = new HashMap<>();
        Map<String, Integer> firstOfPerson = new HashMap<>();
        Map<PersonKind, List<PersonSummary>> existing = new EnumMap<>(PersonKind.class);
        List<Parsed> parsed = new ArrayList<>();
        for (SheetRow row : rows) {
            RowReader cells = new RowReader(row, problems);
            PersonKind kind = cells.choice(KIND, true, kinds);
            String name = cells.text(NAME, true, 60);
            String phone = cells.text(PHONE, false, 30, PHONE_TEXT);
            AreaSummary home = home(cells, homes, scope);
            String number = cells.text(POLICE_NUMBER, kind == PersonKind.OFFICER, 20, POLICE_NUMBER_TEXT);
            String post = cells.text(POST, false, 60);
            MediatorKind mediatorKind = cells.choice(MEDIATOR_KIND, kind == PersonKind.MEDIATOR, mediatorKinds);
            if (kind != null && kind != PersonKind.OFFICER && row.has(POLICE_NUMBER)) {
                cells.problem(POLICE_NUMBER, "person.import.officersOnly");
            }
            if (kind != null && kind != PersonKind.MEDIATOR && row.has(MEDIATOR_KIND)) {
                cells.problem(MEDIATOR_KIND, "person.import.mediatorsOnly");
            }
            if (kind == PersonKind.OFFICER && number != null) {
                Integer first = firstOfNumber.putIfAbsent(number, row.number());
                if (first != null) {
                    cells.problem(POLICE_NUMBER, "import.duplicate", first);
                } else if (people.existsByPoliceNumber(number)) {
                    cells.problem(POLICE_NUMBER, "person.policeNumber.taken");
                }
            }
            if (kind != null && name != null && home != null) {
                Integer first = firstOfPerson.putIfAbsent(kind + "\n" + name + "\n" + phone + "\n" + home.id(),
                        row.number());
                if (first != null) {
                    cells.problem(NAME, "import.duplicate", first);
                } else if (existing.computeIfAbsent(kind, k -> directory.activeWithin(scope, k)).stream()
                        .anyMatch(p -> p.name().equals(name) && Objects.equals(p.phone(), phone)
                                && p.homeAreaId() == home.id())) {
                    cells.problem(NAME, "import.exists", name);
                }
            }
            if (cells.clean()) {
                parsed.add(new Parsed(row.number(),
                        new PersonData(kind, mediatorKind, name, phone, home.id(), number, post, null, true)));
            }
        }
        boolean refused = false;
        for (Parsed row : parsed) {
            try {
                management.create(row.data(), scope);
            } catch (RejectedInput e) {
                // The facade's own rules; its transaction is ours, so this marks it rollback-only, which is
                // right: any problem means nothing is kept.
                problems.add(ImportProblem.of(row.number(), COLUMN_OF.getOrDefault(e.field(), ""), e.messageKey()));
                refused = true;
            } catch (RuntimeException e) {
                if (!refused) {
                    throw e;
                }
                // A statement failed after a reported problem (a rule broken by a concurrent write aborts the
                // database transaction); the file is refused anyway, with the problems found so far.
                break;
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
            throw new ImportRejectedException(problems);
        }
        return parsed.size();
    }

    /** The live station or community of the row's code within the scope; any other code is reported alike. */
    private AreaSummary home(RowReader cells, Map<String, AreaSummary> homes, AreaScope scope) {
        String code = cells.text(HOME, true, 60);
        if (code == null) {
            return null;
        }
        AreaSummary home = homes.computeIfAbsent(code, c -> areas.findByCode(c, scope)
                .filter(a -> (a.type() == AreaType.STATION || a.type() == AreaType.COMMUNITY) && !a.retired())
                .orElse(null));
        if (home == null) {
            cells.problem(HOME, "person.import.homeUnknown", code);
        }
        return home;
    }

    private record Parsed(int number, PersonData data) {
    }
}
