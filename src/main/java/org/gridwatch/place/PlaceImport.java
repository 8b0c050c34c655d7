package org.gridwatch.place;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The place ledger import (xlsx with Chinese headers): every row is checked, then every row is created through
 * {@link PlaceManagement} in one transaction; one problem anywhere and nothing is kept.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
@Service
public class PlaceImport {

    public static final String NAME = "名称";
    public static final String KIND = "类型";
    public static final String ADDRESS = "地址";
    public static final String GRID = "网格编码";
    public static final String LATITUDE = "纬度";
    public static final String LONGITUDE = "经度";
    public static final String CONTACT = "联系人";
    public static final String PHONE = "联系电话";
    public static final String VISIT = "走访周期（天）";
    public static final String NOTES = "备注";
    public static final List<String> COLUMNS = List.of(NAME, KIND, ADDRESS, GRID, LATITUDE, LONGITUDE, CONTACT,
            PHONE, VISIT, NOTES);

    private static final Pattern PHONE_TEXT = Pattern.compile("[0-9+\\- ]*");
    /** Facade field → column, for the rules {@link PlaceManagement} enforces itself. */
    private static final Map<String, String> COLUMN_OF = Map.of("kind", KIND, "name", NAME, "address", ADDRESS,
            "gridId", GRID, "latitude", LATITUDE, "longitude", LONGITUDE, "contactName", CONTACT,
            "contactPhone", PHONE, "visitEveryDays", VISIT, "notes", NOTES);

    private final PlaceManagement management;
    private final PlaceDirectory places;
    private final AreaDirectory areas;
    private final Map<String, PlaceKind> kinds;

    PlaceImport(PlaceManagement management, PlaceDirectory places, AreaDirectory areas, MessageSource messages) {
        this.management = management;
        this.places = places;
        this.areas = areas;
        this.kinds = RowReader.choices(PlaceKind.class,
                k -> messages.getMessage("place.kind." + k.name(), null, null, Locale.SIMPLIFIED_CHINESE));
    }

    /** The template: the headers and one example row. */
    public byte[] template() {
        return Spreadsheets.write("场所", COLUMNS, List.of(List.of("幸福小区 3 栋 2 单元 501", "住户",
                "人民大街 1888 号", "JK-LH-01-01", 43.8501, 125.3312, "王丽", "13800000000", 30, "独居老人")));
    }

    /**
     * Imports every row of the workbook as a place in the scope and returns how many were created. Throws
     * {@link ImportRejectedException} with every problem found (unreadable file, missing column, bad cell, grid
     * code not a live grid within the scope, duplicate, a rule of {@link PlaceManagement}); then nothing is kept.
     */
    @Transactional
    public int importWorkbook(InputStream xlsx, AreaScope scope) {
        List<SheetRow> rows = Spreadsheets.read(xlsx, COLUMNS);
        if (rows.isEmpty()) {
            throw new ImportRejectedException(List.of(ImportProblem.of(0, "", "import.empty")));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, AreaSummary> grids = new HashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        Map<Long, List<PlaceView>> existing = new HashMap<>();
        List<Parsed> parsed = new ArrayList<>();
        for (SheetRow row : rows) {
            RowReader cells = new RowReader(row, problems);
            String name = cells.text(NAME, true, 100);
            PlaceKind kind = cells.choice(KIND, true, kinds);
            String address = cells.text(ADDRESS, true, 200);
            AreaSummary grid = grid(cells, grids, scope);
            Double latitude = cells.decimal(LATITUDE, false);
            Double longitude = cells.decimal(LONGITUDE, false);
            if (latitude != null && Math.abs(latitude) > 90) {
                cells.problem(LATITUDE, "place.latitude.range");
            }
            if (longitude != null && Math.abs(longitude) > 180) {
                cells.problem(LONGITUDE, "place.longitude.range");
            }
            if (row.has(LATITUDE) != row.has(LONGITUDE)) {
                cells.problem(row.has(LATITUDE) ? LONGITUDE : LATITUDE, "place.point.both");
            }
            String contact = cells.text(CONTACT, false, 60);
            String phone = cells.text(PHONE, false, 30, PHONE_TEXT);
            Integer visit = cells.integer(VISIT, false, 1);
            String notes = cells.text(NOTES, false, 1000);
            if (name != null && address != null && grid != null) {
                String key = grid.id() + "\n" + name + "\n" + address;
                Integer first = firstRow.putIfAbsent(key, row.number());
                if (first != null) {
                    cells.problem(NAME, "import.duplicate", first);
                } else if (existing.computeIfAbsent(grid.id(), id -> places.inGrid(id, null, scope)).stream()
                        .anyMatch(p -> p.name().equals(name) && p.address().equals(address))) {
                    cells.problem(NAME, "import.exists", name);
                }
            }
            if (cells.clean()) {
                parsed.add(new Parsed(row.number(), new PlaceData(kind, name, address, grid.id(), latitude,
                        longitude, contact, phone, visit, notes)));
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

    /** The live grid of the row's code within the scope; any other code is reported the same way. */
    private AreaSummary grid(RowReader cells, Map<String, AreaSummary> grids, AreaScope scope) {
        String code = cells.text(GRID, true, 60);
        if (code == null) {
            return null;
        }
        AreaSummary grid = grids.computeIfAbsent(code, c -> areas.findByCode(c, scope)
                .filter(a -> a.type() == AreaType.GRID && !a.retired()).orElse(null));
        if (grid == null) {
            cells.problem(GRID, "place.import.gridUnknown", code);
        }
        return grid;
    }

    private record Parsed(int number, PlaceData data) {
    }
}
