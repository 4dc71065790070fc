package io.luodi.requirements.meeting;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import java.util.Optional;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    Optional<Meeting> findByIdAndProjectId(long id, long projectId);

    /**
     * The meeting for a change: its version goes up with the change even when only an attendee, decision or
     * action item changes, so an edit form loaded before the change is stale.
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    Optional<Meeting> findForChangeByIdAndProjectId(long id, long projectId);

    boolean existsByProjectId(long projectId);
}
