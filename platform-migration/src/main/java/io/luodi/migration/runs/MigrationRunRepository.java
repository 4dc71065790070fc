package io.luodi.migration.runs;

import io.luodi.migration.engine.plan.RunMode;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface MigrationRunRepository extends JpaRepository<MigrationRun, Long> {

    Optional<MigrationRun> findByIdAndProjectId(long id, long projectId);

    List<MigrationRun> findByDatasetIdOrderByQueuedAtDescIdDesc(long datasetId, Pageable page);

    List<MigrationRun> findByProjectIdOrderByQueuedAtDescIdDesc(long projectId, Pageable page);

    Optional<MigrationRun> findFirstByDatasetIdAndModeOrderByQueuedAtDescIdDesc(long datasetId, RunMode mode);

    Optional<MigrationRun> findFirstByDatasetIdAndModeAndStatusOrderByQueuedAtDescIdDesc(long datasetId, RunMode mode,
                                                                                       RunStatus status);

    @Query("select r.cancelRequested from MigrationRun r where r.id = :id")
    boolean cancelRequested(long id);

    /** Runs a stopped application left unfinished: no thread will ever end them. */
    @Modifying
    @Query("update MigrationRun r set r.status = io.luodi.migration.runs.RunStatus.FAILED, r.failure = :why, "
            + "r.finishedAt = :at, r.version = r.version + 1 where r.status in :statuses")
    int failAll(Collection<RunStatus> statuses, String why, Instant at);
}
