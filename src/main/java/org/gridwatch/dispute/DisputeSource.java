package org.gridwatch.dispute;

/** How the dispute came to the police: a visit, a patrol, a walk-in, the hotline, a referral, a patrol's finding. */
public enum DisputeSource {
    VISIT, PATROL, WALK_IN, HOTLINE, REFERRAL, PATROL_FINDING
}
