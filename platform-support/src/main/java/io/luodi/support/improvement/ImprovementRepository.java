package io.luodi.support.improvement;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ImprovementRepository extends JpaRepository<Improvement, Long> {

    Optional<Improvement> findByIdAndProjectId(long id, long projectId);

    boolean existsByProjectId(long projectId);
}
