package io.luodi.migration.planning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    Optional<PlanVersion> findByPlanIdAndNumber(long planId, int number);

    List<PlanVersion> findByPlanIdOrderByNumberDesc(long planId);
}
