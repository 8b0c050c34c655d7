/**
 * The pages after sign-in: an officer's or auxiliary's own day (their grids, open cases and action items, their
 * figures; supervisors and administrators with an area go on to the dashboard) and the overdue list of a scope.
 */
package org.gridwatch.home;
