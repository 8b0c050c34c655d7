/**
 * Tips (线索): telecom fraud, gambling, drugs and other leads received from grid workers, volunteers, residents
 * or anonymous sources, with their handling (received → verified → handed over to a unit, or dismissed). The
 * source's identity is sealed: kept apart from the audited record, shown masked everywhere, and revealed only to
 * a supervisor who states a reason, each reveal written to an append-only access log. Other modules read through
 * {@link org.gridwatch.tip.TipDirectory} and write through {@link org.gridwatch.tip.TipManagement}; the
 * {@link org.gridwatch.fieldwork.FieldRecordSaved} events this module publishes never carry the source.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Tips",
        allowedDependencies = {"area", "audit", "fieldwork", "identity", "people", "photo", "shared"})
package org.gridwatch.tip;
