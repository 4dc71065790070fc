package io.luodi.migration.environment;

import io.luodi.core.NotFoundException;
import io.luodi.migration.credential.CredentialCipher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a probe connects to, read for the probe alone. It is the only place a stored credential is opened, and the
 * opened password goes nowhere but into the probe's connection. Callers have checked the reader's access.
 */
@Component
@Transactional(readOnly = true)
public class ProbeTargets {

    private final ComponentRepository components;
    private final NetworkRuleRepository rules;
    private final CredentialCipher cipher;
    private final Clock clock;

    ProbeTargets(ComponentRepository components, NetworkRuleRepository rules, CredentialCipher cipher, Clock clock) {
        this.components = components;
        this.rules = rules;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * A database to connect to, with the time zone its server should share: that of the environment's application
     * servers (a server whose role names "app"), else of any server with a zone, else the database's own field.
     *
     * @param expectedZone the zone to use when the environment names none
     */
    public DatabaseTarget database(long environmentId, long componentId, String expectedZone) {
        EnvironmentComponent component = component(environmentId, componentId);
        ComponentView view = component.view(true);
        String password = component.hasSecret() ? cipher.open(component.secret()) : null;
        List<ComponentView> servers = components.inOrder(environmentId).stream()
                .filter(c -> c.getType() == ComponentType.SERVER).map(c -> c.view(false))
                .filter(c -> c.timeZone() != null).toList();
        String zone = servers.stream().filter(ProbeTargets::isApplicationServer).map(ComponentView::timeZone)
                .findFirst()
                .or(() -> servers.stream().map(ComponentView::timeZone).findFirst())
                .or(() -> Optional.ofNullable(view.timeZone()))
                .orElse(expectedZone);
        return new DatabaseTarget(view, password, zone);
    }

    public ComponentView component(long environmentId, long componentId, boolean internal) {
        return component(environmentId, componentId).view(internal);
    }

    public NetworkRuleView rule(long environmentId, long ruleId) {
        return rules.findByIdAndEnvironmentId(ruleId, environmentId).map(NetworkRule::view)
                .orElseThrow(() -> new NotFoundException("network rule " + ruleId));
    }

    /**
     * A probe reached a rule's destination: the rule counts as verified (from the platform's place in the network).
     *
     * @return whether every rule of the environment is now verified
     */
    @Transactional
    public boolean ruleReached(long environmentId, long ruleId, String by) {
        NetworkRule rule = rules.findByIdAndEnvironmentId(ruleId, environmentId)
                .orElseThrow(() -> new NotFoundException("network rule " + ruleId));
        if (rule.getStatus() != NetworkRuleStatus.VERIFIED) {
            rule.move(NetworkRuleStatus.VERIFIED, by, clock.instant());
        }
        return rules.findByEnvironmentIdOrderById(environmentId).stream()
                .allMatch(r -> r.getId().equals(ruleId) || r.getStatus() == NetworkRuleStatus.VERIFIED);
    }

    private EnvironmentComponent component(long environmentId, long componentId) {
        return components.findByIdAndEnvironmentId(componentId, environmentId)
                .orElseThrow(() -> new NotFoundException("component " + componentId));
    }

    private static boolean isApplicationServer(ComponentView server) {
        String role = server.role() == null ? "" : server.role().toLowerCase(Locale.ROOT);
        return role.contains("app") || role.contains("应用");
    }
}
