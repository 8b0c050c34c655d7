package org.gridwatch.area;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 * The area ledger import (xlsx with Chinese headers): every row is checked, then every row is created through
 * {@link AreaManagement} in file order in one transaction; one problem anywhere and nothing is kept. A row's
 * parent is an area within the scope or a row above it in the same file.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
@Service
public class AreaImport {

    public static final String CODE = "编码";
    public static final String NAME = "名称";
    public static final String TYPE = "类型";
    public static final String PARENT = "上级编码";
    public static final String COMMUNITY_KIND = "社区类别";
    public static final String POPULATION = "人口";
    public static final String HOUSEHOLDS = "户数";
    public static final String BOUNDARY = "边界GeoJSON";
    public static final List<String> COLUMNS = List.of(CODE, NAME, TYPE, PARENT, COMMUNITY_KIND, POPULATION,
            HOUSEHOLDS, BOUNDARY);

    private static final Pattern CODE_TEXT = Pattern.compile("[\\p{L}\\p{N}._-]*");
    /** Excel holds at most 32,767 characters in a cell. */
    private static final int MAX_BOUNDARY = 32_767;
    /** Facade field → column, for the rules {@link AreaManagement} enforces itself. */
    private static final Map<String, String> COLUMN_OF = Map.of("code", CODE, "name", NAME, "type", TYPE,
            "parentId", PARENT, "communityKind", COMMUNITY_KIND, "population", POPULATION, "households", HOUSEHOLDS,
            "boundary", BOUNDARY);

    private final AreaManagement management;
    private final AreaDirectory directory;
    private final AreaRepository areas;
    private final Map<String, AreaType> types;
    private final Map<String, CommunityKind> communityKinds;

    AreaImport(AreaManagement management, AreaDirectory directory, AreaRepository areas, MessageSource messages) {
        this.management = management;
        this.directory = directory;
        this.areas = areas;
        this.types = RowReader.choices(AreaType.class,
                t -> messages.getMessage("area.type." + t.name(), null, null, Locale.SIMPLIFIED_CHINESE));
        this.communityKinds = RowReader.choices(CommunityKind.class,
                k -> messages.getMessage("area.communityKind." + k.name(), null, null, Locale.SIMPLIFIED_CHINESE));
    }

    /** The template: the headers and example rows (a community under an existing station, and a grid under it). */
    public byte[] template() {
        return Spreadsheets.write("区域", COLUMNS, List.of(
                List.of("JK-LH-09", "临河社区", "社区", "JK-LH", "社区", 12000, 4300, ""),
                List.of("JK-LH-09-01", "临河社区第一网格", "网格", "JK-LH-09", "", 3000, 1100,
                        "{\"type\":\"Polygon\",\"coordinates\":[[[125.33,43.85],[125.34,43.85],[125.34,43.86],"
                                + "[125.33,43.86],[125.33,43.85]]]}")));
    }

    /**
     * Imports every row of the workbook as an area in the scope, in file order, and returns how many were
     * created. Throws {@link ImportRejectedException} with every problem found (unreadable file, missing column,
     * bad cell, code taken or repeated, parent not within the scope nor above in the file, a type that does not
     * sit under its parent's, a rule of {@link AreaManagement} such as an invalid boundary); then nothing is kept.
     */
    @Transactional
    public int importWorkbook(InputStream xlsx, AreaScope scope) {
        List<SheetRow> rows = Spreadsheets.read(xlsx, COLUMNS);
        if (rows.isEmpty()) {
            throw new ImportRejectedException(List.of(ImportProblem.of(0, "", "import.empty")));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        Map<String, AreaType> typeOfCode = new HashMap<>();
        Set<String> laterCodes = new HashSet<>();
        rows.forEach(r -> {
            if (r.get(CODE) != null) {
                laterCodes.add(r.get(CODE));
            }
        });
        List<Parsed> parsed = new ArrayList<>();
        for (SheetRow row : rows) {
            RowReader cells = new RowReader(row, problems);
            String code = cells.text(CODE, true, 40, CODE_TEXT);
            String name = cells.text(NAME, true, 100);
            AreaType type = cells.choice(TYPE, true, types);
            String parentCode = cells.text(PARENT, false, 40);
            CommunityKind communityKind = cells.choice(COMMUNITY_KIND, false, communityKinds);
            Integer population = cells.integer(POPULATION, false, 0);
            Integer households = cells.integer(HOUSEHOLDS, false, 0);
            String boundary = cells.text(BOUNDARY, false, MAX_BOUNDARY);
            if (type != null && type != AreaType.COMMUNITY && communityKind != null) {
                cells.problem(COMMUNITY_KIND, "area.import.communityKindOnly");
            }
            if (code != null) {
                Integer first = rowOfCode.get(code);
                if (first != null) {
                    cells.problem(CODE, "import.duplicate", first);
                } else if (areas.findByCode(code).isPresent()) {
                    cells.problem(CODE, "area.code.taken");
                }
            }
            Parent parent = null;
            if (parentCode == null) {
                if (!AreaScope.everything().equals(scope) || (type != null && type != AreaType.BUREAU)) {
                    cells.problem(PARENT, "import.required");
                }
            } else {
                parent = parent(cells, parentCode, rowOfCode, typeOfCode, laterCodes, scope);
                if (parent != null && parent.type() != null && type != null && type.parentType() != parent.type()) {
                    cells.problem(TYPE, "area.type.notUnderParent");
                }
            }
            if (code != null && !rowOfCode.containsKey(code)) {
                rowOfCode.put(code, row.number());
                if (type != null) {
                    typeOfCode.put(code, type);
                }
            }
            if (cells.clean()) {
                parsed.add(new Parsed(row.number(), code, parent, new NewArea(code, name, type, null, communityKind,
                        population, households, boundary)));
            }
        }
        Map<String, Long> created = new HashMap<>();
        boolean refused = false;
        for (Parsed row : parsed) {
            Long parentId = row.parent() == null ? null : row.parent().id() != null ? row.parent().id()
                    : created.get(row.parent().code());
            if (row.parent() != null && parentId == null) {
                // The parent row above was refused; its own problem is in the table.
                problems.add(ImportProblem.of(row.number(), PARENT, "area.import.parentRefused",
                        row.parent().code(), rowOfCode.get(row.parent().code())));
                continue;
            }
            NewArea data = row.data();
            try {
                AreaSummary area = management.create(new NewArea(data.code(), data.name(), data.type(), parentId,
                        data.communityKind(), data.population(), data.households(), data.boundary()));
                created.put(row.code(), area.id());
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

    /** A parent named by code: a row above in the file, else a live area within the scope. */
    private Parent parent(RowReader cells, String code, Map<String, Integer> rowOfCode,
            Map<String, AreaType> typeOfCode, Set<String> codesInFile, AreaScope scope) {
        if (rowOfCode.containsKey(code)) {
            return new Parent(null, code, typeOfCode.get(code));
        }
        AreaSummary existing = directory.findByCode(code, scope).filter(a -> !a.retired()).orElse(null);
        if (existing != null) {
            return new Parent(existing.id(), code, existing.type());
        }
        cells.problem(PARENT, codesInFile.contains(code) ? "area.import.parentBelow" : "area.import.parentUnknown",
                code);
        return null;
    }

    /** {@code id} is null for a row of the file; {@code type} is null when that row's type is unreadable. */
    private record Parent(Long id, String code, AreaType type) {
    }

    private record Parsed(int number, String code, Parent parent, NewArea data) {
    }
}
