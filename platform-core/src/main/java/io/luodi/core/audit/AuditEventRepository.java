package io.luodi.core.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where (:action is null or e.action = :action)
              and (:projectId is null or e.projectId = :projectId)
              and (:actor is null or lower(e.actor) = lower(cast(:actor as string)))
            order by e.occurredAt desc, e.id desc""")
    Page<AuditEvent> search(AuditAction action, Long projectId, String actor, Pageable page);

    @Query("""
            select e from AuditEvent e
            where e.projectId in :projectIds
              and (:action is null or e.action = :action)
              and (:projectId is null or e.projectId = :projectId)
              and (:actor is null or lower(e.actor) = lower(cast(:actor as string)))
            order by e.occurredAt desc, e.id desc""")
    Page<AuditEvent> searchWithin(Collection<Long> projectIds, AuditAction action, Long projectId, String actor,
                                  Pageable page);
}
