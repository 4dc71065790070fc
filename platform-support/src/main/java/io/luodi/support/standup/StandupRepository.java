package io.luodi.support.standup;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import java.time.LocalDate;
import java.util.Optional;

interface StandupRepository extends JpaRepository<Standup, Long> {

    Optional<Standup> findByIdAndProjectId(long id, long projectId);

    Optional<Standup> findByProjectIdAndDay(long projectId, LocalDate day);

    /** The latest stand-up before a day: the agenda of the next one covers what happened since it was opened. */
    Optional<Standup> findFirstByProjectIdAndDayBeforeOrderByDayDesc(long projectId, LocalDate day);

    /**
     * The stand-up for an edit. The shared row lock lets edits of different items run side by side but makes
     * them wait for a finalisation under way, so nothing is written into a stand-up that has just been locked.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    Optional<Standup> findForEditByIdAndProjectId(long id, long projectId);

    /** The stand-up to finalise: waits for edits under way and keeps new ones out until it is done. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Standup> findForFinalisingByIdAndProjectId(long id, long projectId);
}
