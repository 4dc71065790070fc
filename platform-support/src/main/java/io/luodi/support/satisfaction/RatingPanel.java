package io.luodi.support.satisfaction;

import java.util.List;

/**
 * What a ticket page shows of satisfaction: whether its reader may rate the current resolution now (only its
 * reporter, a customer user), the reader's own rating of it, and for staff every rating the ticket got.
 */
public record RatingPanel(long ticketId, boolean askable, RatingView current, List<RatingView> ratings) {
}
