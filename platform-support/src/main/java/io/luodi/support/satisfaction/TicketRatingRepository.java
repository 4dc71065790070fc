package io.luodi.support.satisfaction;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.Optional;

interface TicketRatingRepository extends JpaRepository<TicketRating, Long> {

    Optional<TicketRating> findByTicketIdAndResolvedAt(long ticketId, Instant resolvedAt);
}
