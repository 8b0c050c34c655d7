package org.gridwatch;

import java.util.OptionalInt;
import org.gridwatch.shared.database.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GridwatchApplication {

    public static void main(String[] args) {
        OptionalInt backupOrRestore = BackupCommand.runIfAsked(args);
        if (backupOrRestore.isPresent()) {
            System.exit(backupOrRestore.getAsInt());
        }
        SpringApplication.run(GridwatchApplication.class, args);
    }
}
