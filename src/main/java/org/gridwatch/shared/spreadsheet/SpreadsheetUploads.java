package org.gridwatch.shared.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToIntFunction;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The web side every ledger import shares: taking the upload, showing its problems, sending a workbook. */
public final class SpreadsheetUploads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private SpreadsheetUploads() {
    }

    /**
     * Runs the import on the uploaded file. Success: a flash "N imported" and a redirect to
     * {@code doneUrl}. Refusal: the import page ({@code formView}) again with the table of problems.
     */
    public static String receive(MultipartFile file, ToIntFunction<InputStream> importer, String doneUrl,
            String formView, Model model, RedirectAttributes redirect) {
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            int count = importer.applyAsInt(in);
            redirect.addFlashAttribute("flash", "import.done");
            redirect.addFlashAttribute("flashArgs", new Object[] {count});
            return "redirect:" + doneUrl;
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", e.problems());
        } catch (IOException e) {
            model.addAttribute("problems", List.of(ImportProblem.of(0, "", "import.notAWorkbook")));
        }
        return formView;
    }

    /** A workbook as a download under a (possibly Chinese) file name. */
    public static ResponseEntity<byte[]> download(String filename, byte[] workbook) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }
}
