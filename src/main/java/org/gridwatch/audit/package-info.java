/**
 * The change history of every record: Hibernate Envers writes a revision (who, when) for each
 * transaction and the changed rows into append-only {@code *_aud} tables; {@link AuditHistory}
 * reads them back as "who changed what" for the history tabs of detail pages.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit history",
        allowedDependencies = {})
package org.gridwatch.audit;
