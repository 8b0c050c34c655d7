/** What every instance needs to know about the start-up of the application and its data. */
package org.gridwatch.shared.startup;
