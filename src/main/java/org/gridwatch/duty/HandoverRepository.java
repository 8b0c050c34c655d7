package org.gridwatch.duty;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverRepository extends JpaRepository<Handover, Long> {
}
