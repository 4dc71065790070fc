package io.luodi.migration.environment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Environments and components by id, for the module's own services (checklists, probes, exports) that have already
 * checked the reader's access to the project. Nothing here carries a credential or an internal note.
 */
@Component
@Transactional(readOnly = true)
public class EnvironmentDirectory {

    private final EnvironmentRepository environments;
    private final ComponentRepository components;
    private final NetworkRuleRepository rules;

    EnvironmentDirectory(EnvironmentRepository environments, ComponentRepository components,
                         NetworkRuleRepository rules) {
        this.environments = environments;
        this.components = components;
        this.rules = rules;
    }

    /** An environment of the project, or empty if it is not one of its. */
    public Optional<EnvironmentSummary> environment(long projectId, long environmentId) {
        return environments.findByIdAndProjectId(environmentId, projectId).map(this::summary);
    }

    public List<EnvironmentSummary> environments(long projectId, EnvironmentKind kind) {
        return environments.findByProjectId(projectId).stream().filter(e -> e.getKind() == kind)
                .sorted(Comparator.comparing(Environment::getName)).map(this::summary).toList();
    }

    public List<ComponentView> components(long environmentId) {
        return components.inOrder(environmentId).stream()
                .map(c -> c.view(false)).toList();
    }

    private EnvironmentSummary summary(Environment e) {
        return new EnvironmentSummary(e.getId(), e.getName(), e.getKind(), e.getDescription(),
                components.inOrder(e.getId()).size(),
                rules.findByEnvironmentIdOrderById(e.getId()).size());
    }
}
