package io.luodi.support.sla;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface SlaPolicyRepository extends JpaRepository<SlaPolicy, Long> {

    Optional<SlaPolicy> findByProjectIdAndKind(long projectId, PolicyKind kind);

    List<SlaPolicy> findByProjectIdOrderByKind(long projectId);

    boolean existsByCalendarId(long calendarId);
}
