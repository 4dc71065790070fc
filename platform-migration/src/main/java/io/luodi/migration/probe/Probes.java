package io.luodi.migration.probe;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.CoreProperties;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.migration.MigrationProperties;
import io.luodi.migration.environment.ComponentType;
import io.luodi.migration.environment.ComponentView;
import io.luodi.migration.environment.EnvironmentDirectory;
import io.luodi.migration.environment.NetworkRuleView;
import io.luodi.migration.environment.ProbeTargets;
import io.luodi.migration.environment.Protocol;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Starts probes against an environment's components and network rules and reads their runs. A database component
 * gets the JDBC probe; one with an endpoint URL the HTTP(S) probe; one with an address and a port the TCP probe; a
 * network rule the TCP probe on its destination. Only the implementer's staff start probes; everyone on the
 * project reads the runs.
 */
@Service
public class Probes {

    private static final int RECENT = 20;

    private final ProbeRunRepository runs;
    private final ProbeFindingRepository findings;
    private final ProbeRecorder recorder;
    private final ProbeExecutor executor;
    private final EnvironmentDirectory directory;
    private final ProbeTargets targets;
    private final DatabaseProbe databaseProbe;
    private final TcpProbe tcpProbe;
    private final HttpProbe httpProbe;
    private final MigrationProperties properties;
    private final CoreProperties core;
    private final Clock clock;

    Probes(ProbeRunRepository runs, ProbeFindingRepository findings, ProbeRecorder recorder, ProbeExecutor executor,
           EnvironmentDirectory directory, ProbeTargets targets, DatabaseProbe databaseProbe, TcpProbe tcpProbe,
           HttpProbe httpProbe, MigrationProperties properties, CoreProperties core, Clock clock) {
        this.runs = runs;
        this.findings = findings;
        this.recorder = recorder;
        this.executor = executor;
        this.directory = directory;
        this.targets = targets;
        this.databaseProbe = databaseProbe;
        this.tcpProbe = tcpProbe;
        this.httpProbe = httpProbe;
        this.properties = properties;
        this.core = core;
        this.clock = clock;
    }

    /** Queues the probe that suits the component and returns its run's id at once. */
    public long probeComponent(ProjectAccess access, long environmentId, long componentId) {
        requireStaff(access);
        visible(access, environmentId);
        ComponentView component = targets.component(environmentId, componentId, false);
        ProbeKind kind = kind(component);
        String target = switch (kind) {
            case DATABASE -> component.engine().name().toLowerCase(Locale.ROOT) + "://" + component.address() + ":"
                    + component.effectivePort() + "/" + (component.databaseName() == null ? ""
                    : component.databaseName());
            case HTTP -> component.endpointUrl();
            case TCP -> component.address() + ":" + component.effectivePort();
        };
        long runId = recorder.queue(new ProbeRun(access.projectId(), environmentId, componentId, null, kind, target,
                access.user().username(), clock.instant()));
        executor.submit(runId, () -> switch (kind) {
            case DATABASE -> databaseProbe.run(targets.database(environmentId, componentId,
                    core.timeZone().getId()), executor.probeBudget());
            case HTTP -> httpProbe.run(component.endpointUrl(), executor.probeBudget(),
                    properties.probes().tlsWarningDays());
            case TCP -> tcpProbe.run(component.address(), component.effectivePort(), executor.probeBudget());
        });
        return runId;
    }

    /** Queues a TCP probe of a network rule's destination port, from the platform's place in the network. */
    public long probeRule(ProjectAccess access, long environmentId, long ruleId) {
        requireStaff(access);
        visible(access, environmentId);
        NetworkRuleView rule = targets.rule(environmentId, ruleId);
        if (rule.protocol() != Protocol.TCP) {
            throw new BusinessRuleException("probe.rule.notTcp");
        }
        String target = rule.destination() + ":" + rule.port();
        long runId = recorder.queue(new ProbeRun(access.projectId(), environmentId, null, ruleId, ProbeKind.TCP,
                target, access.user().username(), clock.instant()));
        executor.submit(runId, () -> tcpProbe.run(rule.destination(), rule.port(), executor.probeBudget()));
        return runId;
    }

    @Transactional(readOnly = true)
    public ProbeRunView run(ProjectAccess access, long environmentId, long runId) {
        visible(access, environmentId);
        return runs.findByIdAndEnvironmentId(runId, environmentId).map(this::view)
                .orElseThrow(() -> new NotFoundException("probe run " + runId));
    }

    /** The environment's latest runs, newest first. */
    @Transactional(readOnly = true)
    public List<ProbeRunView> recent(ProjectAccess access, long environmentId) {
        visible(access, environmentId);
        return runs.findByEnvironmentIdOrderByQueuedAtDescIdDesc(environmentId, PageRequest.of(0, RECENT)).stream()
                .map(this::view).toList();
    }

    private ProbeRunView view(ProbeRun run) {
        return new ProbeRunView(run.getId(), run.getEnvironmentId(), run.getComponentId(), run.getNetworkRuleId(),
                run.getKind(), run.getTarget(), run.getStatus(), run.getMessageCode(), run.getMessageDetail(),
                run.getStartedBy(), run.getQueuedAt(), run.getStartedAt(), run.getFinishedAt(),
                findings.findByRunIdOrderById(run.getId()).stream().map(ProbeFinding::view).toList());
    }

    private static ProbeKind kind(ComponentView component) {
        if (component.type() == ComponentType.DATABASE) {
            return ProbeKind.DATABASE;
        }
        if (component.endpointUrl() != null) {
            return ProbeKind.HTTP;
        }
        if (component.address() != null && component.effectivePort() != null) {
            return ProbeKind.TCP;
        }
        throw new BusinessRuleException("probe.target.nothingToProbe");
    }

    private void visible(ProjectAccess access, long environmentId) {
        directory.environment(access.projectId(), environmentId)
                .orElseThrow(() -> new NotFoundException("environment " + environmentId));
    }

    private static void requireStaff(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new ForbiddenException("probing environments of project " + access.projectId());
        }
    }
}
