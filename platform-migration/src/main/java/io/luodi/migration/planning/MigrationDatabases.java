package io.luodi.migration.planning;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.CoreProperties;
import io.luodi.core.project.ProjectAccess;
import io.luodi.migration.engine.load.TargetTable;
import io.luodi.migration.engine.load.TargetTables;
import io.luodi.migration.engine.run.Jdbc;
import io.luodi.migration.environment.ComponentType;
import io.luodi.migration.environment.ComponentView;
import io.luodi.migration.environment.DatabaseEngine;
import io.luodi.migration.environment.DatabaseTarget;
import io.luodi.migration.environment.EnvironmentDirectory;
import io.luodi.migration.environment.EnvironmentManagement;
import io.luodi.migration.environment.EnvironmentSummary;
import io.luodi.migration.environment.ProbeTargets;
import io.luodi.migration.probe.AddressPolicy;
import org.springframework.stereotype.Service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The databases of a project's environments as migration sources and targets: the choices to pick from, and a
 * connection to one with its sealed credential, only to an address the administrator's probe ranges allow (the
 * same policy the probes follow). Targets must be PostgreSQL; sources may be any engine the probes speak to.
 */
@Service
public class MigrationDatabases {

    private static final int CONNECT_SECONDS = 10;

    private final EnvironmentManagement environments;
    private final EnvironmentDirectory directory;
    private final ProbeTargets targets;
    private final AddressPolicy policy;
    private final CoreProperties core;

    MigrationDatabases(EnvironmentManagement environments, EnvironmentDirectory directory, ProbeTargets targets,
                       AddressPolicy policy, CoreProperties core) {
        this.environments = environments;
        this.directory = directory;
        this.targets = targets;
        this.policy = policy;
        this.core = core;
    }

    public List<DatabaseChoice> choices(ProjectAccess access) {
        List<DatabaseChoice> choices = new ArrayList<>();
        for (EnvironmentSummary environment : environments.list(access)) {
            for (ComponentView component : directory.components(environment.id())) {
                if (component.type() == ComponentType.DATABASE) {
                    choices.add(new DatabaseChoice(component.id(), environment.name(), component.name(),
                            component.engine(), component.address(), component.databaseName(),
                            component.credentialStored()));
                }
            }
        }
        return choices;
    }

    /** The component id a plan names as its database, or a refusal when it names none this application knows. */
    public static long componentId(String database) {
        try {
            return Long.parseLong(database == null ? "" : database.strip());
        } catch (NumberFormatException e) {
            throw BusinessRuleException.onField("targetComponent", "migration.database.notInProject", database);
        }
    }

    /** Connection details for a database component of the project, its address checked against the policy. */
    public Jdbc jdbc(ProjectAccess access, long componentId, boolean target) {
        long environmentId = environmentOf(access, componentId);
        DatabaseTarget database = targets.database(environmentId, componentId, core.timeZone().getId());
        ComponentView component = database.component();
        if (target && component.engine() != DatabaseEngine.POSTGRESQL) {
            throw BusinessRuleException.onField("targetComponent", "migration.database.targetEngine",
                    component.engine());
        }
        if (!component.engine().probeable()) {
            throw new BusinessRuleException("migration.database.engine", component.engine());
        }
        if (component.address() == null) {
            throw new BusinessRuleException("migration.database.noAddress", component.name());
        }
        if (component.username() == null || database.password() == null) {
            throw new BusinessRuleException("migration.database.noCredential", component.name());
        }
        InetAddress address = policy.allowed(component.address());
        String host = address instanceof Inet6Address ? "[" + address.getHostAddress() + "]"
                : address.getHostAddress();
        int port = component.effectivePort();
        String name = component.databaseName() == null ? "" : component.databaseName();
        String url = switch (component.engine()) {
            // A connect timeout so an unreachable database fails a page or a run in seconds; no read timeout,
            // because a long COPY or query is not a hung one.
            case POSTGRESQL -> "jdbc:postgresql://" + host + ":" + port + "/" + name
                    + "?ApplicationName=luodi-migration&connectTimeout=" + CONNECT_SECONDS;
            case MYSQL, MARIADB -> "jdbc:mysql://" + host + ":" + port + "/" + name + "?connectTimeout="
                    + CONNECT_SECONDS * 1000;
            case SQL_SERVER -> "jdbc:sqlserver://" + host + ":" + port + ";encrypt=true;trustServerCertificate=true"
                    + ";loginTimeout=" + CONNECT_SECONDS
                    + (name.isEmpty() ? "" : ";databaseName={" + name.replace("}", "}}") + "}");
            case ORACLE -> throw new IllegalStateException("not reachable");
        };
        return new Jdbc(url, component.username(), database.password());
    }

    /** The target table's columns and key as the database describes them. */
    public TargetTable describe(ProjectAccess access, long componentId, String table) {
        Jdbc jdbc = jdbc(access, componentId, true);
        try (Connection connection = jdbc.open()) {
            return TargetTables.describe(connection, table);
        } catch (SQLException e) {
            throw new BusinessRuleException("migration.database.failed", scrub(e.getMessage(), jdbc.password()));
        }
    }

    private long environmentOf(ProjectAccess access, long componentId) {
        for (EnvironmentSummary environment : environments.list(access)) {
            if (directory.components(environment.id()).stream().anyMatch(c -> c.id() == componentId)) {
                return environment.id();
            }
        }
        // A plan imported from another project may name a component this project does not have.
        throw BusinessRuleException.onField("targetComponent", "migration.database.notInProject", componentId);
    }

    public static String scrub(String message, String password) {
        String text = message == null ? "" : message;
        return password == null || password.isEmpty() ? text : text.replace(password, "***");
    }
}
