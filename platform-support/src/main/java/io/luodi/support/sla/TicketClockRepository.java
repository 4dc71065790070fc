package io.luodi.support.sla;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TicketClockRepository extends JpaRepository<TicketClock, Long> {

    List<TicketClock> findByTicketId(long ticketId);

}
