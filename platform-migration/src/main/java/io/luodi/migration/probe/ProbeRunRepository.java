package io.luodi.migration.probe;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ProbeRunRepository extends JpaRepository<ProbeRun, Long> {

    List<ProbeRun> findByEnvironmentIdOrderByQueuedAtDescIdDesc(long environmentId, Pageable page);

    Optional<ProbeRun> findByIdAndEnvironmentId(long id, long environmentId);

    /** The run, locked: its outcome and the watchdog's timeout must not both be written. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ProbeRun r where r.id = :id")
    Optional<ProbeRun> lockById(long id);
}
