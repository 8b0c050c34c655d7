package org.gridwatch.tip;

import org.springframework.data.jpa.repository.JpaRepository;

interface TipRevealRepository extends JpaRepository<TipReveal, Long> {
}
