package org.gridwatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.gridwatch.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator backs up the running database from the browser and downloads the file. */
@IntegrationTest
class BackupPageTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    UserDetails admin() {
        return users.loadUserByUsername("admin");
    }

    @Test
    void anAdminBacksUpNowAndDownloadsTheDumpWhichNamesItsSchemaVersion() throws Exception {
        Object[] written = (Object[]) mvc.perform(post("/admin/backups").with(user(admin())).with(csrf()))
                .andExpect(redirectedUrl("/admin/backups")).andExpect(flash().attribute("flash", "backup.written"))
                .andReturn().getFlashMap().get("flashArgs");
        String name = (String) written[0];
        assertThat(name).matches("gridwatch-\\d{8}-\\d{6}\\.sql\\.gz");

        String page = mvc.perform(get("/admin/backups").param("lang", "en").with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Back up now").contains("/admin/backups/" + name);

        byte[] file = mvc.perform(get("/admin/backups/" + name).with(user(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String head = new String(new GZIPInputStream(new ByteArrayInputStream(file)).readNBytes(300),
                StandardCharsets.UTF_8);
        assertThat(head).startsWith("-- Gridwatch backup").contains("-- flyway version: ");
    }

    @Test
    void onlyAdminsSeeBackupsAndOnlyBackupFilesAreServed() throws Exception {
        mvc.perform(get("/admin/backups").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/backups").with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/backups/..%2F..%2Fetc%2Fpasswd").with(user(admin())))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/admin/backups/passwd").with(user(admin()))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/backups/gridwatch-20000101-000000.sql.gz").with(user(admin())))
                .andExpect(status().isNotFound());
    }
}
