package io.luodi.requirements.requirement;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface RequirementRepository extends JpaRepository<Requirement, Long> {

    Optional<Requirement> findByIdAndProjectId(long id, long projectId);

    List<Requirement> findByProjectIdOrderByNumber(long projectId);

    Optional<Requirement> findByProjectIdAndNumber(long projectId, int number);

    boolean existsByProjectId(long projectId);
}
