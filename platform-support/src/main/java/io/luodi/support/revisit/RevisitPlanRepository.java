package io.luodi.support.revisit;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import java.util.List;
import java.util.Optional;

interface RevisitPlanRepository extends JpaRepository<RevisitPlan, Long> {

    Optional<RevisitPlan> findByIdAndProjectId(long id, long projectId);

    /**
     * The plan for a change: its version goes up even when only an occurrence or a follow-up changes, so two
     * people recording the same occurrence at once cannot both succeed.
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    Optional<RevisitPlan> findForChangeByIdAndProjectId(long id, long projectId);

    List<RevisitPlan> findByProjectIdOrderByIdAsc(long projectId);

    boolean existsByProjectId(long projectId);
}
