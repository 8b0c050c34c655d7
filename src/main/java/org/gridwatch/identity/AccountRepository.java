package org.gridwatch.identity;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select a from Account a
            where :query = '' or lower(a.username) like lower(concat('%', :query, '%'))
               or lower(a.displayName) like lower(concat('%', :query, '%'))
            """)
    Page<Account> search(String query, Pageable pageable);
}
