package org.gridwatch.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code gridwatch.admin.password} (env {@code GRIDWATCH_ADMIN_PASSWORD}): the first admin's password. */
@ConfigurationProperties("gridwatch.admin")
record AdminProperties(String password) {
}
