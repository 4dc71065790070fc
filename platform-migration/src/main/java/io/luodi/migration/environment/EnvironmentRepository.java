package io.luodi.migration.environment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface EnvironmentRepository extends JpaRepository<Environment, Long> {

    List<Environment> findByProjectId(long projectId);

    Optional<Environment> findByIdAndProjectId(long id, long projectId);

    boolean existsByProjectIdAndNameIgnoreCase(long projectId, String name);

    boolean existsByProjectIdAndNameIgnoreCaseAndIdNot(long projectId, String name, long id);
}
