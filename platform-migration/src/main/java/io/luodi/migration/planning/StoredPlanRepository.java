package io.luodi.migration.planning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface StoredPlanRepository extends JpaRepository<StoredPlan, Long> {

    List<StoredPlan> findByProjectIdOrderByName(long projectId);

    Optional<StoredPlan> findByIdAndProjectId(long id, long projectId);

    boolean existsByProjectIdAndName(long projectId, String name);
}
