package org.gridwatch.area.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaImport;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
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

/** The area ledger import: the upload page, the upload, and the template workbook; administrators only. */
@Controller
@RequestMapping("/areas/import")
class AreaImportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AreaImport imports;
    private final AreaDirectory areas;

    AreaImportController(AreaImport imports, AreaDirectory areas) {
        this.imports = imports;
        this.areas = areas;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SignedInUser user) {
        user.requireAny(Role.ADMIN);
        return "area/import";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect) {
        user.requireAny(Role.ADMIN);
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            int count = imports.importWorkbook(in, areas.scopeOf(user));
            redirect.addFlashAttribute("flash", "import.done");
            redirect.addFlashAttribute("flashArgs", new Object[] {count});
            return "redirect:/areas";
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", e.problems());
        } catch (IOException e) {
            model.addAttribute("problems", List.of(ImportProblem.of(0, "", "import.notAWorkbook")));
        }
        return "area/import";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal SignedInUser user) {
        user.requireAny(Role.ADMIN);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("区域导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(imports.template());
    }
}
