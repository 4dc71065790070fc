package io.luodi.support.revisit;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectOverview;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Scheduled revisits of a project's customer (定期回访): plans with a recurrence, an owner on the implementer's side
 * and a contact at the customer; occurrences recorded with notes, satisfaction and follow-up actions. The
 * implementer's own working material: to a customer user, none of it exists.
 */
@Service
@Transactional(readOnly = true)
public class RevisitManagement {

    private final RevisitPlanRepository plans;
    private final ProjectManagement projects;
    private final AuditLog audit;
    private final Clock clock;

    RevisitManagement(RevisitPlanRepository plans, ProjectManagement projects, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    /** The project's plans, the most pressing open occurrence first and plans with nothing left to do last. */
    public List<RevisitSummary> list(ProjectAccess access) {
        requireImplementer(access);
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> owners = ownerNames(access);
        return plans.findByProjectIdOrderByIdAsc(access.projectId()).stream().map(plan -> {
            Optional<RevisitOccurrence> open = plan.open();
            Optional<RevisitOccurrence> last = plan.getOccurrences().stream().filter(RevisitOccurrence::isHeld)
                    .reduce((first, second) -> second);
            return new RevisitSummary(plan.getId(), plan.getKind(), plan.getRecurrence(), plan.getContactPerson(),
                    owners.getOrDefault(plan.getOwnerUserId(), "—"), plan.getPurpose(),
                    open.map(RevisitOccurrence::getDueOn).orElse(null),
                    open.map(o -> DueState.of(o.getDueOn(), today)).orElse(null),
                    last.map(RevisitOccurrence::getHeldOn).orElse(null),
                    last.map(RevisitOccurrence::getSatisfaction).orElse(null));
        }).sorted(Comparator.comparing(RevisitSummary::nextDueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public RevisitDetail detail(ProjectAccess access, long id) {
        requireImplementer(access);
        return view(load(access, id), ownerNames(access));
    }

    /** The implementer members of the project: who may own a plan. */
    public List<ProjectOverview.MemberView> owners(ProjectAccess access) {
        requireImplementer(access);
        return projects.overview(access).members().stream()
                .filter(m -> m.role().side() == OrganisationKind.IMPLEMENTER).toList();
    }

    @Transactional
    public long create(ProjectAccess access, RevisitPlanForm form) {
        requireImplementer(access);
        requireOwner(access, form.ownerUserId());
        RevisitPlan plan = new RevisitPlan(access.projectId(), access.user().username());
        plan.plan(form.kind(), form.recurrence(), form.firstDueOn(), form.contactPerson(), form.ownerUserId(),
                form.purpose());
        plans.save(plan);
        audit.record(AuditAction.CREATE, "revisit_plan", plan.getId(), access.projectId(),
                plan.getKind() + " " + plan.getRecurrence() + " from " + plan.getFirstDueOn() + " with "
                        + plan.getContactPerson());
        return plan.getId();
    }

    /** Saves the plan unless someone changed it since the form was loaded; the open occurrence follows. */
    @Transactional
    public void update(ProjectAccess access, long id, RevisitPlanForm form) {
        requireImplementer(access);
        requireOwner(access, form.ownerUserId());
        RevisitPlan plan = plans.findForChangeByIdAndProjectId(id, access.projectId())
                .orElseThrow(() -> new NotFoundException("revisit plan " + id));
        if (!Objects.equals(form.version(), plan.getVersion())) {
            throw new BusinessRuleException("revisit.stale");
        }
        plan.plan(form.kind(), form.recurrence(), form.firstDueOn(), form.contactPerson(), form.ownerUserId(),
                form.purpose());
        audit.record(AuditAction.UPDATE, "revisit_plan", id, access.projectId(),
                plan.getKind() + " " + plan.getRecurrence() + " from " + plan.getFirstDueOn());
    }

    /** Records the open occurrence as held, up to today, and schedules the next one the recurrence gives. */
    @Transactional
    public void record(ProjectAccess access, long planId, OccurrenceForm form) {
        requireImplementer(access);
        if (form.heldOn().isAfter(LocalDate.now(clock))) {
            throw BusinessRuleException.onField("heldOn", "revisit.heldOn.future");
        }
        RevisitPlan plan = plans.findForChangeByIdAndProjectId(planId, access.projectId())
                .orElseThrow(() -> new NotFoundException("revisit plan " + planId));
        plan.record(form.occurrenceId(), form.heldOn(), form.notes(), form.satisfaction(),
                form.followUps().stream().map(f -> new RevisitOccurrence.FollowUpDraft(f.text(), f.owner(),
                        f.dueOn())).toList(),
                access.user().displayName(), clock.instant());
        audit.record(AuditAction.UPDATE, "revisit_plan", planId, access.projectId(),
                "held " + form.heldOn() + (form.satisfaction() == null ? "" : ", satisfaction " + form.satisfaction())
                        + ", " + form.followUps().size() + " follow-ups"
                        + plan.open().map(o -> ", next due " + o.getDueOn()).orElse(""));
    }

    /** Ticks a follow-up action off, or opens it again. */
    @Transactional
    public void markFollowUp(ProjectAccess access, long planId, long followUpId, boolean done) {
        requireImplementer(access);
        RevisitPlan plan = plans.findForChangeByIdAndProjectId(planId, access.projectId())
                .orElseThrow(() -> new NotFoundException("revisit plan " + planId));
        plan.markFollowUp(followUpId, done);
        audit.record(AuditAction.UPDATE, "revisit_plan", planId, access.projectId(),
                "follow-up " + followUpId + (done ? " done" : " reopened"));
    }

    /** Whether the project has revisit plans yet (the demo data fills only an empty project). */
    public boolean isEmpty(ProjectAccess access) {
        return !plans.existsByProjectId(access.projectId());
    }

    private RevisitDetail view(RevisitPlan plan, Map<Long, String> owners) {
        LocalDate today = LocalDate.now(clock);
        RevisitDetail.OpenOccurrence open = plan.open().map(o -> new RevisitDetail.OpenOccurrence(o.getId(),
                o.getSequence() + 1, o.getDueOn(), DueState.of(o.getDueOn(), today))).orElse(null);
        List<RevisitDetail.HeldOccurrence> held = new ArrayList<>();
        for (RevisitOccurrence o : plan.getOccurrences()) {
            if (!o.isHeld()) {
                continue;
            }
            List<RevisitDetail.FollowUpView> followUps = o.getFollowUps().stream()
                    .map(f -> new RevisitDetail.FollowUpView(f.getId(), f.getPosition(), f.getText(), f.getOwner(),
                            f.getDueOn(), f.isDone(), f.isOverdue(today))).toList();
            held.add(0, new RevisitDetail.HeldOccurrence(o.getId(), o.getSequence() + 1, o.getDueOn(),
                    o.getHeldOn(), o.getNotes(), o.getSatisfaction(), o.getRecordedBy(), followUps));
        }
        return new RevisitDetail(plan.getId(), plan.getKind(), plan.getRecurrence(), plan.getFirstDueOn(),
                plan.getContactPerson(), plan.getOwnerUserId(), owners.getOrDefault(plan.getOwnerUserId(), "—"),
                plan.getPurpose(), plan.getVersion(), open, held);
    }

    private Map<Long, String> ownerNames(ProjectAccess access) {
        return projects.overview(access).members().stream().collect(Collectors.toMap(
                ProjectOverview.MemberView::userId, ProjectOverview.MemberView::displayName, (a, b) -> a));
    }

    private void requireOwner(ProjectAccess access, Long ownerUserId) {
        if (owners(access).stream().noneMatch(m -> Objects.equals(m.userId(), ownerUserId))) {
            throw BusinessRuleException.onField("ownerUserId", "revisit.owner.notMember");
        }
    }

    private RevisitPlan load(ProjectAccess access, long id) {
        return plans.findByIdAndProjectId(id, access.projectId())
                .orElseThrow(() -> new NotFoundException("revisit plan " + id));
    }

    /** Customers never learn that revisits exist: for them the pages are not there. */
    private static void requireImplementer(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new NotFoundException("revisits of project " + access.projectId());
        }
    }
}
