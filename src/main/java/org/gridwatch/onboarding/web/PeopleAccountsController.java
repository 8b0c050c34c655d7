package org.gridwatch.onboarding.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.onboarding.AccountProposal;
import org.gridwatch.onboarding.AccountSheetImport;
import org.gridwatch.onboarding.AccountsForPeople;
import org.gridwatch.onboarding.IssuedAccount;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.spreadsheet.ImportProblem;
import org.gridwatch.shared.spreadsheet.ImportRejectedException;
import org.gridwatch.shared.spreadsheet.SpreadsheetUploads;
import org.gridwatch.shared.web.FormSubmissions;
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

/**
 * Accounts for people in bulk: for the people selected on the register (a preview of what each gets, then
 * one submit) or listed in a workbook; both end on the sheet of initial passwords, shown once.
 */
@Controller
@RequestMapping("/people/accounts")
class PeopleAccountsController {

    /** Who opens accounts for people: administrators and supervisors, each within their scope and roles. */

    private static final String SHEET = "/people/accounts/sheet";
    private static final String IMPORT = "onboarding/import";

    private final AccountsForPeople accounts;
    private final AccountSheetImport sheets;
    private final FormSubmissions submissions;

    PeopleAccountsController(AccountsForPeople accounts, AccountSheetImport sheets, FormSubmissions submissions) {
        this.accounts = accounts;
        this.sheets = sheets;
        this.submissions = submissions;
    }

    /** What the selected people would get; a person outside the scope is "not found". */
    @GetMapping("/new")
    String preview(@RequestParam(name = "person", required = false) List<Long> personIds,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        if (personIds == null || personIds.isEmpty()) {
            redirect.addFlashAttribute("flashError", "onboarding.noneSelected");
            return "redirect:/people";
        }
        if (personIds.size() > AccountsForPeople.MAX_PEOPLE) {
            redirect.addFlashAttribute("flashError", "onboarding.tooManySelected");
            return "redirect:/people";
        }
        return previewPage(personIds, user, model);
    }

    @PostMapping
    String open(@RequestParam(name = "person", required = false) List<Long> personIds,
            @RequestParam(required = false) String submissionKey, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect) {
        List<Long> ids = personIds == null ? List.of() : personIds;
        try {
            return "redirect:" + submissions.once(submissionKey, () -> {
                redirect.addFlashAttribute("issued", new ArrayList<>(accounts.open(ids, user)));
                return SHEET;
            });
        } catch (RejectedInput e) {
            if (ids.isEmpty()) {
                redirect.addFlashAttribute("flashError", "onboarding.noneSelected");
                return "redirect:/people";
            }
            model.addAttribute("refusal", e.messageKey());
            return previewPage(ids, user, model);
        }
    }

    /** The sheet of initial passwords, once: a reload shows only that it was shown. */
    @GetMapping("/sheet")
    String sheet(@AuthenticationPrincipal SignedInUser user) {
        return "onboarding/sheet";
    }

    @GetMapping("/import")
    String importPage(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("submissionKey", FormSubmissions.newKey());
        return IMPORT;
    }

    @PostMapping("/import")
    String upload(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String submissionKey, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect) {
        try {
            return "redirect:" + submissions.once(submissionKey, () -> {
                try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
                    redirect.addFlashAttribute("issued", new ArrayList<>(sheets.importWorkbook(in, user)));
                    return SHEET;
                } catch (IOException e) {
                    throw new ImportRejectedException(List.of(ImportProblem.of(0, "", "import.notAWorkbook")));
                }
            });
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", e.problems());
        } catch (RejectedInput e) {
            model.addAttribute("problems", List.of(ImportProblem.of(0, "", e.messageKey(), e.args())));
        }
        model.addAttribute("submissionKey", FormSubmissions.newKey());
        return IMPORT;
    }

    @GetMapping("/import/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal SignedInUser user) {
        return SpreadsheetUploads.download("账号导入模板.xlsx", sheets.template());
    }

    private String previewPage(List<Long> personIds, SignedInUser user, Model model) {
        List<AccountProposal> proposals = accounts.propose(personIds, user);
        model.addAttribute("proposals", proposals);
        model.addAttribute("problemCount", proposals.stream().filter(p -> !p.ok()).count());
        model.addAttribute("submissionKey", FormSubmissions.newKey());
        return "onboarding/preview";
    }
}
