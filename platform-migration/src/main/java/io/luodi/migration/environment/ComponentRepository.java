package io.luodi.migration.environment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

interface ComponentRepository extends JpaRepository<EnvironmentComponent, Long> {

    List<EnvironmentComponent> findByEnvironmentId(long environmentId);

    Optional<EnvironmentComponent> findByIdAndEnvironmentId(long id, long environmentId);

    /** An environment's components as pages list them: servers, databases, middleware, cloud; by name within each. */
    default List<EnvironmentComponent> inOrder(long environmentId) {
        return findByEnvironmentId(environmentId).stream()
                .sorted(Comparator.comparing(EnvironmentComponent::getType)
                        .thenComparing(EnvironmentComponent::getName))
                .toList();
    }
}
