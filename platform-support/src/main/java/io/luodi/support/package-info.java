/**
 * Phases 5-6, go-live support and optimisation: tickets with SLA clocks, the customer portal, monitoring webhooks,
 * daily stand-ups, satisfaction, the improvement backlog and revisits.
 */
package io.luodi.support;
