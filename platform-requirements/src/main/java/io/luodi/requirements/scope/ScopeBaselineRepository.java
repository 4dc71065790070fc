package io.luodi.requirements.scope;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ScopeBaselineRepository extends JpaRepository<ScopeBaseline, Long> {

    List<ScopeBaseline> findByProjectIdOrderByNumberDesc(long projectId);

    Optional<ScopeBaseline> findByProjectIdAndNumber(long projectId, int number);

    Optional<ScopeBaseline> findByIdAndProjectId(long id, long projectId);

    Optional<ScopeBaseline> findFirstByProjectIdAndStatusOrderByNumberDesc(long projectId, BaselineStatus status);

    boolean existsByProjectIdAndStatus(long projectId, BaselineStatus status);

    @Query("select coalesce(max(b.number), 0) from ScopeBaseline b where b.projectId = :projectId")
    int lastNumber(long projectId);
}
