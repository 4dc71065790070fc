package io.luodi.requirements.scope;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

    List<ChangeRequest> findByProjectIdOrderByNumberDesc(long projectId);

    Optional<ChangeRequest> findByProjectIdAndNumber(long projectId, int number);

    Optional<ChangeRequest> findByIdAndProjectId(long id, long projectId);
}
