package org.gridwatch.shared.web;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.gridwatch.shared.database.ScheduledBackups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN: the backups in the backup folder, a backup now (consistent while everyone keeps working) and a download
 * of each. Under {@code /admin/**}, which only ADMIN may open.
 */
@Controller
@RequestMapping("/admin/backups")
class BackupController {

    private static final Logger log = LoggerFactory.getLogger(BackupController.class);

    private final ScheduledBackups backups;

    BackupController(ScheduledBackups backups) {
        this.backups = backups;
    }

    @GetMapping
    String list(Model model) throws IOException {
        model.addAttribute("backups", backups.list());
        model.addAttribute("directory", backups.directory().toString());
        model.addAttribute("nightly", backups.enabled());
        return "shared/backups";
    }

    @PostMapping
    String backUpNow(RedirectAttributes redirect) {
        try {
            Path written = backups.writeNow();
            log.info("Backup written on an administrator's request to {}", written);
            redirect.addFlashAttribute("flash", "backup.written");
            redirect.addFlashAttribute("flashArgs", new Object[] {written.getFileName().toString()});
        } catch (IOException | SQLException e) {
            log.error("Backup on an administrator's request failed: {}", e.getMessage(), e);
            redirect.addFlashAttribute("flashError", "backup.failed");
        }
        return "redirect:/admin/backups";
    }

    @GetMapping("/{name}")
    ResponseEntity<Resource> download(@PathVariable String name) {
        Path file = backups.find(name).orElseThrow(() -> new RecordNotFoundException("backup", name));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }
}
