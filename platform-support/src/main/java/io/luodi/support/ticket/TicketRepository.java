package io.luodi.support.ticket;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface TicketRepository extends JpaRepository<Ticket, Long> {

    Optional<Ticket> findByIdAndProjectId(long id, long projectId);

    Optional<Ticket> findByProjectIdAndNumber(long projectId, int number);

    boolean existsByProjectId(long projectId);

    /** The ticket of an alert that is not closed yet, locked so that a concurrent delivery of the alert waits. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Ticket t where t.projectId = :projectId and t.alertFingerprint = :fingerprint "
            + "and t.status <> io.luodi.support.ticket.TicketStatus.CLOSED")
    Optional<Ticket> findUnclosedByAlert(long projectId, String fingerprint);

}
