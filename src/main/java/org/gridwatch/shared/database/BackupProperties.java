package org.gridwatch.shared.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gridwatch.backup.*}: the running application's nightly backups ({@link ScheduledBackups}).
 *
 * @param enabled on or off; unset: on exactly when the embedded server keeps its data in a folder
 * @param dir     where the backups go ({@code GRIDWATCH_BACKUP_DIR}, default {@code data/backups})
 * @param keep    how many of the newest to keep (default 7)
 * @param cron    when (default {@code 0 30 2 * * *}: 02:30 every night, the server's time zone)
 */
@ConfigurationProperties("gridwatch.backup")
public record BackupProperties(Boolean enabled, Path dir, Integer keep, String cron) {

    public BackupProperties {
        dir = dir == null ? Path.of("data/backups") : dir;
        keep = keep == null || keep < 1 ? 7 : keep;
    }
}
