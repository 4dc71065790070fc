package io.luodi.migration.probe;

import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.migration.checklist.Checklists;
import io.luodi.migration.checklist.ItemStatus;
import io.luodi.migration.environment.ComponentType;
import io.luodi.migration.environment.ProbeTargets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Writes a run's progress, each step in its own transaction so the page polling it sees every step: queued,
 * running, and its outcome, whose findings then set checklist items (and, for a network rule reached, the rule).
 * Every run is audited when it is queued and when it ends.
 */
@Component
class ProbeRecorder {

    private final ProbeRunRepository runs;
    private final ProbeFindingRepository findings;
    private final Checklists checklists;
    private final ProbeTargets targets;
    private final AuditLog audit;
    private final Clock clock;

    ProbeRecorder(ProbeRunRepository runs, ProbeFindingRepository findings, Checklists checklists,
                  ProbeTargets targets, AuditLog audit, Clock clock) {
        this.runs = runs;
        this.findings = findings;
        this.checklists = checklists;
        this.targets = targets;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long queue(ProbeRun run) {
        runs.saveAndFlush(run);
        audit.record(AuditAction.CREATE, "probe-run", run.getId(), run.getProjectId(),
                run.getKind() + " " + run.getTarget());
        return run.getId();
    }

    @Transactional
    void start(long runId) {
        runs.findById(runId).ifPresent(run -> run.start(clock.instant()));
    }

    @Transactional
    void timedOut(long runId, String detail) {
        ProbeRun run = runs.lockById(runId).orElseThrow();
        if (run.finish(ProbeStatus.TIMED_OUT, "probe.result.timedOut", detail, clock.instant())) {
            if (run.getComponentId() != null) {
                observe(run, "net.reachable", ItemStatus.FAIL, "no answer within " + detail);
            } else {
                checklists.observe(run.getEnvironmentId(), null, null, "net.firewall", ItemStatus.FAIL,
                        run.getTarget() + ": no answer within " + detail, runId, by(run));
            }
            audited(run);
        }
    }

    /** The outcome, unless the run already ended (timed out while the probe was still waiting on the network). */
    @Transactional
    void finish(long runId, ProbeOutcome outcome) {
        ProbeRun run = runs.lockById(runId).orElseThrow();
        if (!run.finish(outcome.status(), outcome.messageCode(), outcome.detail(), clock.instant())) {
            return;
        }
        for (Finding finding : outcome.findings()) {
            findings.save(new ProbeFinding(runId, finding));
            if (run.getComponentId() != null) {
                observe(run, finding.key(), status(finding.verdict()), finding.observed());
            }
        }
        if (run.getNetworkRuleId() != null && outcome.status() != ProbeStatus.REFUSED
                && outcome.status() != ProbeStatus.ERROR) {
            ruleOutcome(run, outcome);
        }
        audited(run);
    }

    private void ruleOutcome(ProbeRun run, ProbeOutcome outcome) {
        if (outcome.status() == ProbeStatus.PASSED) {
            if (targets.ruleReached(run.getEnvironmentId(), run.getNetworkRuleId(), by(run))) {
                checklists.observe(run.getEnvironmentId(), null, null, "net.firewall", ItemStatus.PASS,
                        "every network rule verified", run.getId(), by(run));
            }
        } else {
            String observed = outcome.findings().isEmpty() ? run.getTarget() : outcome.findings().get(0).observed();
            checklists.observe(run.getEnvironmentId(), null, null, "net.firewall", ItemStatus.FAIL, observed,
                    run.getId(), by(run));
        }
    }

    private void observe(ProbeRun run, String key, ItemStatus status, String observed) {
        ComponentType type = switch (run.getKind()) {
            case DATABASE -> ComponentType.DATABASE;
            case TCP, HTTP -> targets.component(run.getEnvironmentId(), run.getComponentId(), false).type();
        };
        checklists.observe(run.getEnvironmentId(), run.getComponentId(), type, key, status, observed, run.getId(),
                by(run));
    }

    private void audited(ProbeRun run) {
        audit.record(AuditAction.UPDATE, "probe-run", run.getId(), run.getProjectId(),
                run.getStatus() + " " + run.getKind() + " " + run.getTarget() + " started by " + run.getStartedBy());
    }

    private static ItemStatus status(Verdict verdict) {
        return switch (verdict) {
            case PASS -> ItemStatus.PASS;
            case FAIL -> ItemStatus.FAIL;
            case INFO -> null;
        };
    }

    private static String by(ProbeRun run) {
        return "probe #" + run.getId();
    }
}
