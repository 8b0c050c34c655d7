package org.gridwatch.area.web;

import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaImport;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.spreadsheet.SpreadsheetUploads;
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

    private final AreaImport imports;
    private final AreaDirectory areas;

    AreaImportController(AreaImport imports, AreaDirectory areas) {
        this.imports = imports;
        this.areas = areas;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SignedInUser user) {
        return "area/import";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect) {
        return SpreadsheetUploads.receive(file, in -> imports.importWorkbook(in, areas.scopeOf(user)), "/areas",
                "area/import", model, redirect);
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal SignedInUser user) {
        return SpreadsheetUploads.download("区域导入模板.xlsx", imports.template());
    }
}
