/**
 * Disputes (矛盾纠纷) mediated by the 警律网 team — the grid's responsible officer plus community mediators and
 * lawyers: intake with the parties, the guarded workflow REPORTED → ACCEPTED → MEDIATING → RESOLVED | REFERRED |
 * ESCALATED → CLOSED after the call-back (回访), mediation sessions, a due date per stage (yellow when past due, red
 * 督办 past the grace) computed in SQL, handover of team places when duty changes hands, and the printable
 * mediation agreement. Other modules read through {@link org.gridwatch.dispute.DisputeDirectory} (open and overdue
 * cases for home pages), write through {@link org.gridwatch.dispute.DisputeManagement}, and listen to
 * {@link org.gridwatch.dispute.DisputeMoved}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Disputes",
        allowedDependencies = {"area", "audit", "duty", "fieldwork", "identity", "people", "place", "shared"})
package org.gridwatch.dispute;
