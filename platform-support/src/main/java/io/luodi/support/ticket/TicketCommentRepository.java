package io.luodi.support.ticket;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TicketCommentRepository extends JpaRepository<TicketComment, Long> {

    List<TicketComment> findByTicketIdOrderByCreatedAtAscIdAsc(long ticketId);
}
