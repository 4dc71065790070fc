package io.luodi.migration.environment;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.project.ProjectAccess;
import io.luodi.migration.credential.CredentialCipher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A project's environments, their components and network rules. Everyone on the project reads them (the
 * customer's IT often co-owns them), without credentials or internal notes for the customer; the implementer's
 * staff change them. An environment of another project does not exist for the reader.
 */
@Service
@Transactional(readOnly = true)
public class EnvironmentManagement {

    private static final Pattern IP_V4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IP_V6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private final EnvironmentRepository environments;
    private final ComponentRepository components;
    private final NetworkRuleRepository rules;
    private final CredentialCipher cipher;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnvironmentManagement(EnvironmentRepository environments, ComponentRepository components,
                          NetworkRuleRepository rules, CredentialCipher cipher, AuditLog audit,
                          ApplicationEventPublisher events, Clock clock) {
        this.environments = environments;
        this.components = components;
        this.rules = rules;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public List<EnvironmentSummary> list(ProjectAccess access) {
        return environments.findByProjectId(access.projectId()).stream()
                .sorted(Comparator.comparing(Environment::getKind).thenComparing(Environment::getName))
                .map(e -> new EnvironmentSummary(e.getId(), e.getName(), e.getKind(), e.getDescription(),
                        components.inOrder(e.getId()).size(),
                        rules.findByEnvironmentIdOrderById(e.getId()).size()))
                .toList();
    }

    public EnvironmentView view(ProjectAccess access, long id) {
        Environment environment = visible(access, id);
        boolean internal = access.seesInternal();
        return new EnvironmentView(environment.getId(), environment.getProjectId(), environment.getName(),
                environment.getKind(), environment.getDescription(), internal ? environment.getInternalNote() : null,
                environment.getVersion(),
                components.inOrder(id).stream().map(c -> c.view(internal)).toList(),
                rules.findByEnvironmentIdOrderById(id).stream().map(NetworkRule::view).toList());
    }

    public ComponentView component(ProjectAccess access, long environmentId, long componentId) {
        visible(access, environmentId);
        return component(environmentId, componentId).view(access.seesInternal());
    }

    /** Whether credentials can be stored at all (a key is configured, or the embedded database's is at hand). */
    public boolean credentialsCanBeStored() {
        return cipher.canSeal();
    }

    @Transactional
    public long create(ProjectAccess access, EnvironmentForm form) {
        requireStaff(access);
        requireUniqueName(access.projectId(), form.name(), null);
        Environment environment = new Environment(access.projectId(), access.user().username(), clock.instant());
        environment.describe(form);
        environments.saveAndFlush(environment);
        audit.record(AuditAction.CREATE, "environment", environment.getId(), access.projectId(),
                environment.getKind() + " " + environment.getName());
        return environment.getId();
    }

    @Transactional
    public void update(ProjectAccess access, long id, EnvironmentForm form) {
        requireStaff(access);
        Environment environment = visible(access, id);
        requireUniqueName(access.projectId(), form.name(), id);
        if (form.version() != null) {
            environment.setVersion(form.version());
        }
        environment.describe(form);
        environments.saveAndFlush(environment);
        audit.record(AuditAction.UPDATE, "environment", id, access.projectId(),
                environment.getKind() + " " + environment.getName());
    }

    @Transactional
    public void delete(ProjectAccess access, long id) {
        requireStaff(access);
        Environment environment = visible(access, id);
        environments.delete(environment);
        audit.record(AuditAction.DELETE, "environment", id, access.projectId(), environment.getName());
    }

    /** Adds a component; its credential, when a username and password are given, is sealed before it is stored. */
    @Transactional
    public long addComponent(ProjectAccess access, long environmentId, ComponentForm form) {
        requireStaff(access);
        visible(access, environmentId);
        check(form);
        EnvironmentComponent component = new EnvironmentComponent(environmentId, form.type());
        component.describe(form);
        storeCredential(component, form);
        components.saveAndFlush(component);
        audit.record(AuditAction.CREATE, "environment-component", component.getId(), access.projectId(),
                component.getType() + " " + component.getName() + credentialNote(form));
        events.publishEvent(new ComponentAdded(access.projectId(), environmentId, component.getId()));
        return component.getId();
    }

    @Transactional
    public void updateComponent(ProjectAccess access, long environmentId, long componentId, ComponentForm form) {
        requireStaff(access);
        visible(access, environmentId);
        EnvironmentComponent component = component(environmentId, componentId);
        if (form.type() != component.getType()) {
            throw BusinessRuleException.onField("type", "component.type.fixed");
        }
        check(form);
        if (form.version() != null) {
            component.setVersion(form.version());
        }
        component.describe(form);
        storeCredential(component, form);
        components.saveAndFlush(component);
        audit.record(AuditAction.UPDATE, "environment-component", componentId, access.projectId(),
                component.getType() + " " + component.getName() + credentialNote(form));
    }

    @Transactional
    public void deleteComponent(ProjectAccess access, long environmentId, long componentId) {
        requireStaff(access);
        visible(access, environmentId);
        EnvironmentComponent component = component(environmentId, componentId);
        components.delete(component);
        audit.record(AuditAction.DELETE, "environment-component", componentId, access.projectId(),
                component.getType() + " " + component.getName());
    }

    @Transactional
    public long addRule(ProjectAccess access, long environmentId, NetworkRuleForm form) {
        requireStaff(access);
        visible(access, environmentId);
        NetworkRule rule = rules.saveAndFlush(new NetworkRule(environmentId, form, access.user().displayName(),
                clock.instant()));
        audit.record(AuditAction.CREATE, "network-rule", rule.getId(), access.projectId(),
                form.source() + " -> " + form.destination() + ":" + form.port() + "/" + form.protocol());
        return rule.getId();
    }

    @Transactional
    public void moveRule(ProjectAccess access, long environmentId, long ruleId, NetworkRuleStatus to, long version) {
        requireStaff(access);
        visible(access, environmentId);
        NetworkRule rule = rules.findByIdAndEnvironmentId(ruleId, environmentId)
                .orElseThrow(() -> new NotFoundException("network rule " + ruleId));
        rule.setVersion(version);
        NetworkRuleStatus from = rule.getStatus();
        rule.move(to, access.user().displayName(), clock.instant());
        rules.saveAndFlush(rule);
        audit.record(AuditAction.UPDATE, "network-rule", ruleId, access.projectId(), from + " -> " + to);
    }

    @Transactional
    public void deleteRule(ProjectAccess access, long environmentId, long ruleId) {
        requireStaff(access);
        visible(access, environmentId);
        NetworkRule rule = rules.findByIdAndEnvironmentId(ruleId, environmentId)
                .orElseThrow(() -> new NotFoundException("network rule " + ruleId));
        rules.delete(rule);
        audit.record(AuditAction.DELETE, "network-rule", ruleId, access.projectId(), null);
    }

    /** The environment, if it belongs to the reader's project; anything else is not found. */
    Environment visible(ProjectAccess access, long id) {
        return environments.findByIdAndProjectId(id, access.projectId())
                .orElseThrow(() -> new NotFoundException("environment " + id));
    }

    private EnvironmentComponent component(long environmentId, long componentId) {
        return components.findByIdAndEnvironmentId(componentId, environmentId)
                .orElseThrow(() -> new NotFoundException("component " + componentId));
    }

    /**
     * A new password replaces the stored one and is sealed first; an empty one keeps what is stored. Clearing
     * removes both. A username alone may change without touching the password.
     */
    private void storeCredential(EnvironmentComponent component, ComponentForm form) {
        if (form.clearsCredential()) {
            component.setCredential(null, null);
            return;
        }
        String username = Text.orNull(form.username());
        if (form.password() != null && !form.password().isEmpty()) {
            if (username == null) {
                throw BusinessRuleException.onField("username", "credential.username.required");
            }
            component.setCredential(username, cipher.seal(form.password()));
        } else {
            component.setUsername(username);
        }
    }

    private static String credentialNote(ComponentForm form) {
        if (form.clearsCredential()) {
            return ", credential removed";
        }
        return form.password() != null && !form.password().isEmpty() ? ", credential stored" : "";
    }

    /** What Bean Validation cannot say: an address that is one, a zone Java knows, a URL probes can use. */
    private static void check(ComponentForm form) {
        String ip = Text.orNull(form.ipAddress());
        if (ip != null && !isIpAddress(ip)) {
            throw BusinessRuleException.onField("ipAddress", "component.ipAddress.invalid", ip);
        }
        String zone = Text.orNull(form.timeZone());
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw BusinessRuleException.onField("timeZone", "component.timeZone.invalid", zone);
            }
        }
        String url = Text.orNull(form.endpointUrl());
        if (url != null && !isHttpUrl(url)) {
            throw BusinessRuleException.onField("endpointUrl", "component.endpointUrl.invalid", url);
        }
        if (form.type() == ComponentType.DATABASE && form.engine() == null) {
            throw BusinessRuleException.onField("engine", "component.engine.required");
        }
        if (form.type() == ComponentType.CLOUD && form.provider() == null) {
            throw BusinessRuleException.onField("provider", "component.provider.required");
        }
    }

    static boolean isIpAddress(String text) {
        var v4 = IP_V4.matcher(text);
        if (v4.matches()) {
            for (int group = 1; group <= 4; group++) {
                if (Integer.parseInt(v4.group(group)) > 255) {
                    return false;
                }
            }
            return true;
        }
        // An IPv6 literal is parsed without a name lookup: only hex digits, colons and dots get this far.
        if (text.contains(":") && IP_V6.matcher(text).matches()) {
            try {
                return java.net.InetAddress.getByName(text) instanceof java.net.Inet6Address;
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void requireUniqueName(long projectId, String name, Long exceptId) {
        String stripped = name.strip();
        boolean taken = exceptId == null ? environments.existsByProjectIdAndNameIgnoreCase(projectId, stripped)
                : environments.existsByProjectIdAndNameIgnoreCaseAndIdNot(projectId, stripped, exceptId);
        if (taken) {
            throw BusinessRuleException.onField("name", "environment.name.taken", stripped);
        }
    }

    static void requireStaff(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new ForbiddenException("changing environments of project " + access.projectId());
        }
    }
}
