package io.luodi.core.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.Objects;

/**
 * Writes and reads the audit trail. Changes to project data are recorded in the transaction that makes them, so
 * the trail never shows a change that was rolled back; security events are recorded in their own transaction
 * because the request that caused them usually fails.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    static final String SYSTEM = "system";
    private static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_DETAIL = 2000;

    private final AuditEventRepository events;
    private final AuditContext context;
    private final Clock clock;

    AuditLog(AuditEventRepository events, AuditContext context, Clock clock) {
        this.events = events;
        this.context = context;
        this.clock = clock;
    }

    /** Records a change to data, inside the caller's transaction. */
    @Transactional
    public void record(AuditAction action, String entityType, Object entityId, Long projectId, String detail) {
        save(context.actor().orElse(SYSTEM), action, entityType, entityId, projectId, detail);
    }

    /** Records a security event (login, denial, export) whatever becomes of the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSecurityEvent(AuditAction action, String actor, String entityType, Object entityId,
                                    Long projectId, String detail) {
        save(actor != null ? actor : context.actor().orElse(SYSTEM), action, entityType, entityId, projectId, detail);
    }

    public Page<AuditEvent> search(AuditQuery query, int page, int size) {
        return events.search(query.action(), query.projectId(), query.actor(), pageRequest(page, size));
    }

    /** The same search restricted to the given projects (what a project manager may review). */
    public Page<AuditEvent> searchWithin(Collection<Long> projectIds, AuditQuery query, int page, int size) {
        return events.searchWithin(projectIds, query.action(), query.projectId(), query.actor(),
                pageRequest(page, size));
    }

    private static PageRequest pageRequest(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
    }

    private void save(String actor, AuditAction action, String entityType, Object entityId, Long projectId,
                      String detail) {
        events.save(new AuditEvent(clock.instant(), truncate(actor, 64), action, entityType,
                entityId == null ? null : Objects.toString(entityId), projectId, truncate(detail, MAX_DETAIL),
                context.remoteAddress().map(address -> truncate(address, 64)).orElse(null)));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
