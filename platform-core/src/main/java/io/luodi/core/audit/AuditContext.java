package io.luodi.core.audit;

import java.util.Optional;

/**
 * Who is acting and from where, as the web layer knows it. Core stays free of servlet types; outside a request
 * (start-up, background jobs) both are empty and the event is recorded as the system's.
 */
public interface AuditContext {

    Optional<String> actor();

    Optional<String> remoteAddress();
}
