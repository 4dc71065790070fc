package io.luodi.support.ticket;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TicketEventRepository extends JpaRepository<TicketEvent, Long> {

    List<TicketEvent> findByTicketIdOrderById(long ticketId);
}
