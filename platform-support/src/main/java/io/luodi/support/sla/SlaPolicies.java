package io.luodi.support.sla;

import io.luodi.core.ForbiddenException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.project.ProjectAccess;
import io.luodi.support.ticket.Severity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A project's SLA policies. A project that never set its own runs on the defaults below (hypercare P1: respond in
 * 2 h, resolve in 4 h around the clock); the defaults become the project's rows the first time a ticket needs them
 * or a manager edits them.
 */
@Service
@Transactional(readOnly = true)
public class SlaPolicies {

    private static final List<SlaTarget> HYPERCARE = List.of(
            new SlaTarget(Severity.P1, 120, 240, true),
            new SlaTarget(Severity.P2, 240, 960, false),
            new SlaTarget(Severity.P3, 480, 2400, false),
            new SlaTarget(Severity.P4, 960, 4800, false));
    private static final List<SlaTarget> STANDARD = List.of(
            new SlaTarget(Severity.P1, 240, 480, true),
            new SlaTarget(Severity.P2, 480, 1440, false),
            new SlaTarget(Severity.P3, 960, 4800, false),
            new SlaTarget(Severity.P4, 1920, 9600, false));

    private final SlaPolicyRepository policies;
    private final Calendars calendars;
    private final AuditLog audit;

    SlaPolicies(SlaPolicyRepository policies, Calendars calendars, AuditLog audit) {
        this.policies = policies;
        this.calendars = calendars;
        this.audit = audit;
    }

    public List<PolicyView> of(long projectId) {
        return Arrays.stream(PolicyKind.values()).map(kind -> {
            SlaPolicy policy = policies.findByProjectIdAndKind(projectId, kind).orElse(null);
            long calendarId = policy == null ? calendars.defaultCalendarId() : policy.getCalendarId();
            return new PolicyView(kind, calendarId, calendars.name(calendarId),
                    policy == null ? defaults(kind) : policy.getTargets(), policy == null ? 0 : policy.getVersion());
        }).toList();
    }

    public PolicyView of(long projectId, PolicyKind kind) {
        return of(projectId).stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }

    @Transactional
    public void update(ProjectAccess access, PolicyForm form) {
        if (!access.canManage()) {
            throw new ForbiddenException("SLA policy of project " + access.projectId());
        }
        calendars.get(form.calendarId());
        List<SlaTarget> targets = form.targets().stream().map(PolicyForm.TargetRow::toTarget).toList();
        SlaPolicy policy = policies.findByProjectIdAndKind(access.projectId(), form.kind()).orElse(null);
        if (policy == null) {
            policies.saveAndFlush(new SlaPolicy(access.projectId(), form.kind(), form.calendarId(), targets));
        } else {
            policy.setVersion(form.version());
            policy.replace(form.calendarId(), targets);
            policies.saveAndFlush(policy);
        }
        audit.record(AuditAction.UPDATE, "sla_policy", form.kind(), access.projectId(), targets.stream()
                .map(t -> t.severity() + " " + t.responseMinutes() + "/" + t.resolutionMinutes() + " min"
                        + (t.aroundTheClock() ? " 24x7" : ""))
                .collect(Collectors.joining(", ")) + ", calendar " + form.calendarId());
    }

    /** The policy a new ticket runs under, made the project's own from the defaults if it has none yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    SlaPolicy policy(long projectId, PolicyKind kind) {
        return policies.findByProjectIdAndKind(projectId, kind).orElseGet(() -> policies.saveAndFlush(
                new SlaPolicy(projectId, kind, calendars.defaultCalendarId(), defaults(kind))));
    }

    static List<SlaTarget> defaults(PolicyKind kind) {
        return kind == PolicyKind.HYPERCARE ? HYPERCARE : STANDARD;
    }
}
