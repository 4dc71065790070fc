package io.luodi.requirements.scope;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ScopeStatementRepository extends JpaRepository<ScopeStatement, Long> {

    Optional<ScopeStatement> findByProjectId(long projectId);
}
