package io.luodi.support.ticket;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TicketAttachmentRepository extends JpaRepository<TicketAttachment, Long> {

    List<TicketAttachment> findByTicketIdOrderById(long ticketId);
}
