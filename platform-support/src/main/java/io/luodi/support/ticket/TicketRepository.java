package io.luodi.support.ticket;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface TicketRepository extends JpaRepository<Ticket, Long> {

    Optional<Ticket> findByIdAndProjectId(long id, long projectId);

    Optional<Ticket> findByProjectIdAndNumber(long projectId, int number);

    boolean existsByProjectId(long projectId);

}
