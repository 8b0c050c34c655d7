package org.gridwatch.place.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.place.PlaceImport;
import org.gridwatch.shared.spreadsheet.ImportProblem;
import org.gridwatch.shared.spreadsheet.ImportRejectedException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The place ledger import: the upload page, the upload, and the template workbook. */
@Controller
@RequestMapping("/places/import")
class PlaceImportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlaceImport imports;
    private final AreaDirectory areas;

    PlaceImportController(PlaceImport imports, AreaDirectory areas) {
        this.imports = imports;
        this.areas = areas;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SignedInUser user) {
        user.requireAny(Permissions.WRITE_PLACES);
        return "place/placeImport";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect) {
        user.requireAny(Permissions.WRITE_PLACES);
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            int count = imports.importWorkbook(in, areas.scopeOf(user));
            redirect.addFlashAttribute("flash", "import.done");
            redirect.addFlashAttribute("flashArgs", new Object[] {count});
            return "redirect:/places";
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", e.problems());
        } catch (IOException e) {
            model.addAttribute("problems", List.of(ImportProblem.of(0, "", "import.notAWorkbook")));
        }
        return "place/placeImport";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal SignedInUser user) {
        user.requireAny(Permissions.WRITE_PLACES);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("场所导入模板.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(imports.template());
    }
}
