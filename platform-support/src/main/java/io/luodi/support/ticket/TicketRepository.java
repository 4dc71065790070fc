package io.luodi.support.ticket;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface TicketRepository extends JpaRepository<Ticket, Long> {

    Optional<Ticket> findByIdAndProjectId(long id, long projectId);

    Optional<Ticket> findByProjectIdAndNumber(long projectId, int number);

    /** The open ticket of a firing alert; locked so that the same alert twice at once updates one ticket. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Ticket t where t.projectId = :projectId and t.alertFingerprint = :fingerprint "
            + "and t.status <> io.luodi.support.ticket.TicketStatus.CLOSED")
    Optional<Ticket> findOpenByAlert(long projectId, String fingerprint);
}
