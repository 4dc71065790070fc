package io.luodi.migration.environment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface NetworkRuleRepository extends JpaRepository<NetworkRule, Long> {

    List<NetworkRule> findByEnvironmentIdOrderById(long environmentId);

    Optional<NetworkRule> findByIdAndEnvironmentId(long id, long environmentId);
}
