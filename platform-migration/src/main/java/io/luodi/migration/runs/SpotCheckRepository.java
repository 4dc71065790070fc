package io.luodi.migration.runs;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface SpotCheckRepository extends JpaRepository<SpotCheck, Long> {

    List<SpotCheck> findByRunIdOrderByOrdinal(long runId);

    Optional<SpotCheck> findByIdAndRunId(long id, long runId);

    long countByRunId(long runId);

    long countByRunIdAndStatus(long runId, SpotCheckStatus status);
}
