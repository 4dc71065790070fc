package io.luodi.requirements.painpoint;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface PainPointRepository extends JpaRepository<PainPoint, Long> {

    Optional<PainPoint> findByIdAndProjectId(long id, long projectId);

    boolean existsByProjectId(long projectId);
}
