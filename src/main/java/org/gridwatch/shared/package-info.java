/**
 * Small, open building blocks every module may use: the embedded PostgreSQL that starts when no
 * database is configured, the application clock, {@link org.gridwatch.shared.RejectedInput} (input a
 * module's rules refuse, shown beside its form field), and web plumbing (error pages, locale, stale-edit
 * and not-found signals).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        allowedDependencies = {},
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gridwatch.shared;
