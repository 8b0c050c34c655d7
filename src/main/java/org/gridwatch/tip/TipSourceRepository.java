package org.gridwatch.tip;

import org.springframework.data.jpa.repository.JpaRepository;

interface TipSourceRepository extends JpaRepository<TipSource, Long> {
}
