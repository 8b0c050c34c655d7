/**
 * The people register: officers (民警), auxiliaries (辅警), grid workers (网格员), volunteers
 * (志愿者) and mediators (调解员), their home areas, optional sign-in accounts and the community
 * posts officers hold concurrently. Other modules read people through {@link org.gridwatch.people.PersonDirectory}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "People",
        allowedDependencies = {"area", "audit", "identity", "shared"})
package org.gridwatch.people;
