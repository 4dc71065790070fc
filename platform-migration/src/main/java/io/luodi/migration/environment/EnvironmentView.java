package io.luodi.migration.environment;

import java.util.List;

/**
 * An environment with its components and network rules, as its page shows it.
 *
 * @param internalNote the implementer's note; null for customers
 */
public record EnvironmentView(long id, long projectId, String name, EnvironmentKind kind, String description,
                              String internalNote, long version, List<ComponentView> components,
                              List<NetworkRuleView> rules) {

    public EnvironmentForm toForm() {
        return new EnvironmentForm(name, kind, description, internalNote, version);
    }
}
