package org.gridwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.outreach.OutreachFixture;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.place.PartnerManagement;
import org.gridwatch.place.PlaceManagement;
import org.gridwatch.shared.database.BackupCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What an operator does when the data must come back: Gridwatch runs on its own database and records things
 * (areas, people, accounts, a consultation with a photo and an edit, so audit rows too); it stops; a backup is
 * written with {@code --backup}; the database is wiped (dropped and created empty); {@code --restore} loads the
 * backup; Gridwatch starts on it. Every table holds the same rows as before, byte for byte, and the records open.
 */
class BackupAndRestoreTests {

    @TempDir Path folder;
    String username;
    String password;

    @Test
    void aBackupRestoredIntoAWipedDatabaseBringsBackEveryRowAndGridwatchStartsOnIt() throws Exception {
        ConfigurableApplicationContext before = new SpringApplicationBuilder(GridwatchApplication.class)
                .initializers(new FreshDatabase()).run("--server.port=0", "--spring.main.banner-mode=off");
        String url = before.getEnvironment().getRequiredProperty("spring.datasource.url");
        username = before.getEnvironment().getProperty("spring.datasource.username", "");
        password = before.getEnvironment().getProperty("spring.datasource.password", "");
        String[] database = {"--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password};
        String consultation;
        OutreachFixture f;
        try {
            f = fixture(before);
            consultation = recordConsultationWithPhotoAndEditIt(before, f);
            JdbcClient jdbc = before.getBean(JdbcClient.class);
            assertThat(Eventually.value(() -> jdbc.sql("select count(*) from event_publication").query(Long.class)
                    .single(), n -> n == 0)).as("the statistics have caught up").isZero();
        } finally {
            before.close();
        }
        Map<String, String> rowsBefore = everyTable(url);
        assertThat(rowsBefore).containsKeys("consultation", "consultation_aud", "photo", "audit_revision",
                "stats_record", "account", "area");
        assertThat(rowsBefore.get("photo")).startsWith("1 ");
        assertThat(rowsBefore.get("consultation_aud")).startsWith("2 ");

        Path backup = folder.resolve("gridwatch.sql.gz");
        assertThat(BackupCommand.runIfAsked(with(database, "--backup=" + backup))).hasValue(0);
        assertThat(backup).exists();

        wipe(url);
        assertThat(everyTable(url)).isEmpty();
        assertThat(BackupCommand.runIfAsked(with(database, "--restore=" + backup))).hasValue(0);
        assertThat(everyTable(url)).as("every table, its row count and its rows' digest").isEqualTo(rowsBefore);
        assertThat(BackupCommand.runIfAsked(with(database, "--restore=" + backup)))
                .as("a restore never loads into a database that holds rows").hasValue(1);

        ConfigurableApplicationContext after = new SpringApplicationBuilder(GridwatchApplication.class)
                .run(with(database, "--server.port=0", "--spring.main.banner-mode=off"));
        try {
            MockMvc mvc = mvc(after);
            String page = mvc.perform(get(consultation).with(user(f.officerUserA))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("备份之后仍在").contains(consultation + "/photos/");
            long photo = after.getBean(JdbcClient.class).sql("select id from photo").query(Long.class).single();
            mvc.perform(get(consultation + "/photos/" + photo).with(user(f.officerUserA))).andExpect(status().isOk());
            mvc.perform(get(consultation + "/edit").with(user(f.officerUserA))).andExpect(status().isOk());
        } finally {
            after.close();
        }
    }

    private static String[] with(String[] database, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(database), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }

    private static OutreachFixture fixture(ConfigurableApplicationContext app) {
        return new OutreachFixture(app.getBean(JdbcClient.class), app.getBean(AccountManagement.class),
                app.getBean(UserDetailsService.class), app.getBean(PeopleManagement.class),
                app.getBean(DutyManagement.class), app.getBean(PlaceManagement.class),
                app.getBean(PartnerManagement.class));
    }

    private static String recordConsultationWithPhotoAndEditIt(ConfigurableApplicationContext app, OutreachFixture f)
            throws Exception {
        MockMvc mvc = mvc(app);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", "PHONE");
        form.put("question", "备份之后仍在？" + UUID.randomUUID());
        form.put("answer", "在。");
        form.put("answeredById", "" + f.lawyerA);
        form.put("gridId", "" + f.t.gridA1);
        form.put("occurredAt", LocalDateTime.now(RecordFilter.ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES)
                .toString());
        form.put("personIds", "" + f.officerA);
        String target = mvc.perform(params(multipart("/consultations")
                        .file(new MockMultipartFile("photos", "note.png", "image/png", png())), form)
                        .with(user(f.officerUserA)).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        form.put("answer", "在，连同照片。");
        form.put("version", "0");
        mvc.perform(params(post(target), form).with(user(f.officerUserA)).with(csrf())).andExpect(status().isFound());
        return target;
    }

    private static <B extends AbstractMockHttpServletRequestBuilder<B>> B params(B request, Map<String, String> form) {
        form.forEach(request::param);
        return request;
    }

    private static MockMvc mvc(ConfigurableApplicationContext app) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity()).build();
    }

    /** Every table but Flyway's: its row count and a digest of all its rows. */
    private Map<String, String> everyTable(String url) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement()) {
            List<String> names = new java.util.ArrayList<>();
            try (var rs = statement.executeQuery("""
                    select table_name from information_schema.tables where table_schema = 'public'
                      and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by 1""")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                try (var rs = statement.executeQuery("select count(*), coalesce(md5(string_agg(t::text, '|' order by "
                        + "t::text)), '') from \"" + name + "\" t")) {
                    rs.next();
                    tables.put(name, rs.getLong(1) + " " + rs.getString(2));
                }
            }
        }
        return tables;
    }

    private void wipe(String url) throws SQLException {
        String database = url.replaceFirst("^jdbc:postgresql://[^/]+/([^?]*).*$", "$1");
        String server = url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1postgres");
        try (Connection connection = DriverManager.getConnection(server, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database " + database + " with (force)");
            statement.execute("create database " + database);
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
