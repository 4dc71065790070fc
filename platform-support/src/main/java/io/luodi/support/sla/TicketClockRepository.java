package io.luodi.support.sla;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface TicketClockRepository extends JpaRepository<TicketClock, Long> {

    List<TicketClock> findByTicketId(long ticketId);

    /** Running clocks that crossed their at-risk or due instant without anybody having been told yet. */
    @Query("""
            select c from TicketClock c
            where c.stoppedAt is null and (
                (c.dueAt <= :now and c.breachNotifiedAt is null)
                or (c.atRiskAt <= :now and c.atRiskNotifiedAt is null))
            order by c.dueAt""")
    List<TicketClock> findNeedingNotice(Instant now);
}
