package org.gridwatch.identity;

import java.util.Collection;
import java.util.Map;

/**
 * The people who hold accounts, for the account pages. Identity does not know the people register; the people
 * module provides the implementation (so the dependency runs from people to identity only).
 */
public interface AccountHolders {

    /** The holder of each of these accounts that belongs to a person: account id to holder, others left out. */
    Map<Long, Holder> of(Collection<Long> accountIds);

    /** A person holding an account: name, police number (officers only) and station (派出所), for the list. */
    record Holder(long personId, String name, String policeNumber, String station) {
    }
}
