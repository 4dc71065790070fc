package io.luodi.migration.probe;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ProbeFindingRepository extends JpaRepository<ProbeFinding, Long> {

    List<ProbeFinding> findByRunIdOrderById(long runId);
}
