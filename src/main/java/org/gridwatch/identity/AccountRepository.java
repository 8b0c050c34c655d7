package org.gridwatch.identity;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    /** The last sign-in, written without the optimistic lock (see {@link AccountManagement#recordSignIn}). */
    @Modifying
    @Query("update Account a set a.lastSignInAt = :now where a.username = :username")
    int stampSignIn(String username, Instant now);

    /**
     * Accounts whose scope lies inside the scope prefix (accounts without a scope only for the
     * prefix "/", i.e. an administrator of everything), matching the query by username or name.
     */
    @Query(value = """
            select a.* from account a
            where (a.scope_area_id in (select s.id from area s where s.path like :prefix || '%')
                   or (a.scope_area_id is null and :prefix = '/'))
              and (:query = '' or a.username like '%' || lower(:query) || '%'
                   or lower(a.display_name) like '%' || lower(:query) || '%')
            """, countQuery = """
            select count(*) from account a
            where (a.scope_area_id in (select s.id from area s where s.path like :prefix || '%')
                   or (a.scope_area_id is null and :prefix = '/'))
              and (:query = '' or a.username like '%' || lower(:query) || '%'
                   or lower(a.display_name) like '%' || lower(:query) || '%')
            """, nativeQuery = true)
    Page<Account> search(String prefix, String query, Pageable pageable);

    @Query(value = """
            select a.* from account a
            where a.id = :id and (a.scope_area_id in (select s.id from area s where s.path like :prefix || '%')
                                  or (a.scope_area_id is null and :prefix = '/'))
            """, nativeQuery = true)
    Optional<Account> findWithin(long id, String prefix);
}
