/** The page a user lands on after signing in; later dashboards fill its body. */
package org.gridwatch.home;
