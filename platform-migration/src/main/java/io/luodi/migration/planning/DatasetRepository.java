package io.luodi.migration.planning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface DatasetRepository extends JpaRepository<Dataset, Long> {

    List<Dataset> findByPlanIdOrderByName(long planId);

    Optional<Dataset> findByIdAndPlanId(long id, long planId);

    Optional<Dataset> findByPlanIdAndName(long planId, String name);

    long countByPlanId(long planId);
}
