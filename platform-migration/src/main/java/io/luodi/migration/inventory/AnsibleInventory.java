package io.luodi.migration.inventory;

import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectManagement;
import io.luodi.migration.environment.ComponentView;
import io.luodi.migration.environment.EnvironmentDirectory;
import io.luodi.migration.environment.EnvironmentSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An environment as an Ansible inventory in YAML, for the team's standard playbooks: servers grouped by role,
 * databases under {@code databases} by engine, middleware under {@code middleware} by product, with host vars for
 * versions, ports, time zone and charset; cloud resources as a list in the inventory's vars. No credential and no
 * internal note is ever in it.
 */
@Service
@Transactional(readOnly = true)
public class AnsibleInventory {

    public static final String MEDIA_TYPE = "application/yaml";

    private final EnvironmentDirectory directory;
    private final ProjectManagement projects;
    private final AuditLog audit;

    AnsibleInventory(EnvironmentDirectory directory, ProjectManagement projects, AuditLog audit) {
        this.directory = directory;
        this.projects = projects;
        this.audit = audit;
    }

    public ExportedFile export(ProjectAccess access, long environmentId) {
        EnvironmentSummary environment = directory.environment(access.projectId(), environmentId)
                .orElseThrow(() -> new NotFoundException("environment " + environmentId));
        String project = projects.overview(access).project().code();
        String yaml = yaml(project, environment, directory.components(environmentId));
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "environment", environmentId,
                access.projectId(), "Ansible inventory");
        return new ExportedFile(project + "-" + groupName(environment.name(), "environment") + "-inventory.yml",
                MEDIA_TYPE, yaml.getBytes(StandardCharsets.UTF_8));
    }

    static String yaml(String project, EnvironmentSummary environment, List<ComponentView> components) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("luodi_project", project);
        vars.put("luodi_environment", environment.name());
        vars.put("luodi_environment_kind", environment.kind().name());
        Map<String, Object> children = new LinkedHashMap<>();
        Map<String, Object> databases = new LinkedHashMap<>();
        Map<String, Object> middleware = new LinkedHashMap<>();
        List<Map<String, Object>> cloud = new ArrayList<>();
        for (ComponentView c : components) {
            switch (c.type()) {
                case SERVER -> host(children, groupName(c.role(), "servers"), c, serverVars(c));
                case DATABASE -> host(databases, "db_" + groupName(c.engine().name(), "database"), c, databaseVars(c));
                case MIDDLEWARE -> host(middleware, "mw_" + groupName(c.product(), "other"), c, middlewareVars(c));
                case CLOUD -> cloud.add(cloudVars(c));
            }
        }
        if (!databases.isEmpty()) {
            children.put("databases", Map.of("children", databases));
        }
        if (!middleware.isEmpty()) {
            children.put("middleware", Map.of("children", middleware));
        }
        if (!cloud.isEmpty()) {
            vars.put("luodi_cloud_resources", cloud);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("vars", vars);
        all.put("children", children);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        return "# Ansible inventory of " + project + " / " + environment.name() + ", exported by Luodi\n"
                + new Yaml(options).dump(Map.of("all", all));
    }

    @SuppressWarnings("unchecked")
    private static void host(Map<String, Object> groups, String group, ComponentView component,
                             Map<String, Object> vars) {
        Map<String, Object> hosts = (Map<String, Object>) ((Map<String, Object>) groups
                .computeIfAbsent(group, g -> new LinkedHashMap<>(Map.of("hosts", new LinkedHashMap<>()))))
                .get("hosts");
        hosts.put(hostName(component), vars);
    }

    private static Map<String, Object> serverVars(ComponentView c) {
        Map<String, Object> vars = common(c);
        put(vars, "os", c.os());
        put(vars, "os_version", c.osVersion());
        put(vars, "cpu_cores", c.cpuCores());
        put(vars, "memory_gb", c.memoryGb());
        put(vars, "disk_gb", c.diskGb());
        put(vars, "timezone", c.timeZone());
        return vars;
    }

    private static Map<String, Object> databaseVars(ComponentView c) {
        Map<String, Object> vars = common(c);
        put(vars, "db_engine", c.engine().name().toLowerCase(Locale.ROOT));
        put(vars, "db_version", c.productVersion());
        put(vars, "db_port", c.effectivePort());
        put(vars, "db_name", c.databaseName());
        put(vars, "db_charset", c.charset());
        put(vars, "db_collation", c.collation());
        put(vars, "db_timezone", c.timeZone());
        return vars;
    }

    private static Map<String, Object> middlewareVars(ComponentView c) {
        Map<String, Object> vars = common(c);
        put(vars, "mw_product", c.product());
        put(vars, "mw_version", c.productVersion());
        put(vars, "mw_port", c.port());
        put(vars, "mw_endpoint", c.endpointUrl());
        return vars;
    }

    private static Map<String, Object> cloudVars(ComponentView c) {
        Map<String, Object> vars = new LinkedHashMap<>();
        put(vars, "name", c.name());
        put(vars, "provider", c.provider() == null ? null : c.provider().name().toLowerCase(Locale.ROOT));
        put(vars, "region", c.region());
        put(vars, "service", c.service());
        put(vars, "endpoint", c.endpointUrl());
        return vars;
    }

    private static Map<String, Object> common(ComponentView c) {
        Map<String, Object> vars = new LinkedHashMap<>();
        put(vars, "ansible_host", c.ipAddress() != null ? c.ipAddress() : c.host());
        put(vars, "luodi_component", c.name());
        put(vars, "compatibility", c.compatibilityNote());
        return vars;
    }

    private static void put(Map<String, Object> vars, String key, Object value) {
        if (value != null) {
            vars.put(key, value);
        }
    }

    /** The inventory name of a host: its host name, else its address, else its name made safe. */
    private static String hostName(ComponentView c) {
        if (c.host() != null) {
            return c.host();
        }
        return c.ipAddress() != null ? c.ipAddress() : groupName(c.name(), "host" + c.id());
    }

    /** Ansible group names are letters, digits and underscores, not starting with a digit. */
    static String groupName(String text, String fallback) {
        String name = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_")
                .replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            return fallback;
        }
        return Character.isDigit(name.charAt(0)) ? "g_" + name : name;
    }
}
