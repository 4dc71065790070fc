package io.luodi.support.ticket;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectNumbers;
import io.luodi.core.project.ProjectOverview;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserAccount;
import io.luodi.core.user.UserManagement;
import io.luodi.support.settings.CustomerVisibility;
import io.luodi.support.settings.SettingsView;
import io.luodi.support.settings.SupportSettingsManagement;
import io.luodi.support.sla.TicketClocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Raises, changes and answers tickets. Staff see and do everything; a customer user sees the tickets the project's
 * settings show them (their organisation's, or only their own), raises tickets, replies publicly, confirms a
 * resolution and reopens within the window. A ticket a reader may not see does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class TicketManagement {

    /** The actor the history shows for what a monitoring alert did. */
    public static final String MONITORING_ACTOR = "monitoring";

    private final TicketRepository tickets;
    private final TicketCommentRepository comments;
    private final TicketAttachmentRepository attachments;
    private final TicketEventRepository events;
    private final TicketRelations relations;
    private final TicketClocks clocks;
    private final SupportSettingsManagement settings;
    private final ProjectNumbers numbers;
    private final ProjectManagement projects;
    private final UserManagement users;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TicketManagement(TicketRepository tickets, TicketCommentRepository comments,
                     TicketAttachmentRepository attachments, TicketEventRepository events,
                     TicketRelations relations, TicketClocks clocks, SupportSettingsManagement settings,
                     ProjectNumbers numbers, ProjectManagement projects, UserManagement users, AuditLog audit,
                     ApplicationEventPublisher publisher, Clock clock) {
        this.tickets = tickets;
        this.comments = comments;
        this.attachments = attachments;
        this.events = events;
        this.relations = relations;
        this.clocks = clocks;
        this.settings = settings;
        this.numbers = numbers;
        this.projects = projects;
        this.users = users;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Raises a ticket. A customer's form loses what only staff set; staff may raise it for a customer user. */
    @Transactional
    public long open(ProjectAccess access, TicketForm form, List<Upload> files) {
        List<Upload> checked = AttachmentRules.check(files);
        CurrentUser user = access.user();
        UserAccount reporter = user.isCustomer() || form.reporterId() == null
                ? users.get(user.id()) : customerUser(access, form.reporterId());
        Ticket ticket = open(access.projectId(), user.isCustomer() ? TicketSource.PORTAL : TicketSource.INTERNAL,
                reporter.getId(), reporter.getDisplayName(), form.title(), form.description(), form.type(),
                form.severity(), form.module(), form.environment(), user.username());
        if (!user.isCustomer()) {
            ticket.setAssigneeId(assignee(access, form.assigneeId()));
            ticket.setRootCause(blankToNull(form.rootCause()));
        }
        attach(ticket, checked, false, user.displayName());
        relations.watch(ticket.getId(), reporter.getId());
        if (ticket.getAssigneeId() != null) {
            relations.watch(ticket.getId(), ticket.getAssigneeId());
        }
        publish(ticket, TicketActivity.Kind.OPENED, user.id(), false);
        return ticket.getId();
    }

    private Ticket open(long projectId, TicketSource source, Long reporterId, String reporterName, String title,
                        String description, TicketType type, Severity severity, String module, String environment,
                        String actor) {
        Instant now = clock.instant();
        SettingsView projectSettings = settings.of(projectId);
        Ticket ticket = new Ticket(projectId, numbers.next(TicketCounter.TICKET, projectId), source, reporterId,
                reporterName, projectSettings.policyOn(LocalDate.ofInstant(now, clock.getZone())), now);
        ticket.describe(title.strip(), blankToNull(description), type, blankToNull(module), blankToNull(environment));
        ticket.setSeverity(severity);
        tickets.saveAndFlush(ticket);
        clocks.start(ticket.getId(), projectId, ticket.getPolicyKind(), severity, now);
        record(ticket, actor, TicketField.CREATED, null, severity.name(), now);
        audit.record(AuditAction.CREATE, "ticket", ticket.getId(), projectId,
                "#" + ticket.getNumber() + " " + severity + " " + type + " via " + source);
        return ticket;
    }

    /**
     * Opens an incident for a firing monitoring alert, reported by the monitoring system ({@code monitor}) rather
     * than a person. The caller has authenticated the alert's sender. Throws
     * {@link org.springframework.dao.DataIntegrityViolationException} when the alert already has an unclosed ticket
     * (one opened concurrently), and nothing of this one is kept.
     */
    @Transactional
    public long openForAlert(long projectId, String fingerprint, String monitor, String title, String description,
                             Severity severity, String module, String environment) {
        Ticket ticket = open(projectId, TicketSource.MONITORING, null, monitor, title, description,
                TicketType.INCIDENT, severity, module, environment, MONITORING_ACTOR);
        ticket.setAlertFingerprint(fingerprint);
        tickets.saveAndFlush(ticket);
        publish(ticket, TicketActivity.Kind.OPENED, null, false);
        return ticket.getId();
    }

    /** The ticket of an alert that is not closed yet; locked until the caller's transaction ends. */
    @Transactional
    public Optional<Long> findAlertTicket(long projectId, String fingerprint) {
        return tickets.findUnclosedByAlert(projectId, fingerprint).map(Ticket::getId);
    }

    /** An internal note from the monitoring system on an alert's ticket. */
    @Transactional
    public void noteFromMonitoring(long ticketId, String monitor, String body) {
        Ticket ticket = alertTicket(ticketId);
        Instant now = clock.instant();
        comments.save(new TicketComment(ticketId, null, monitor, false, true, body, now));
        record(ticket, MONITORING_ACTOR, TicketField.NOTE, null, body, now);
        ticket.touch(now);
        tickets.saveAndFlush(ticket);
        publish(ticket, TicketActivity.Kind.REPLIED, null, true);
    }

    /** Resolves an alert's ticket because its alert resolved; false when the ticket is resolved already. */
    @Transactional
    public boolean resolveFromMonitoring(long ticketId) {
        Ticket ticket = alertTicket(ticketId);
        if (!ticket.getStatus().isOpen()) {
            return false;
        }
        transition(ticket, TicketStatus.RESOLVED, null, MONITORING_ACTOR, clock.instant());
        return true;
    }

    /** Reopens a resolved alert ticket because its alert fired again; false when the ticket is still open. */
    @Transactional
    public boolean reopenFromMonitoring(long ticketId) {
        Ticket ticket = alertTicket(ticketId);
        if (ticket.getStatus() != TicketStatus.RESOLVED) {
            return false;
        }
        transition(ticket, TicketStatus.IN_PROGRESS, null, MONITORING_ACTOR, clock.instant());
        return true;
    }

    /**
     * Raises an alert ticket's severity because its alert now reports a more urgent one (its clocks count towards
     * the new targets from their start); false when the ticket is already as urgent or more.
     */
    @Transactional
    public boolean escalateFromMonitoring(long ticketId, Severity severity) {
        Ticket ticket = alertTicket(ticketId);
        if (!ticket.getStatus().isOpen() || severity.compareTo(ticket.getSeverity()) >= 0) {
            return false;
        }
        Instant now = clock.instant();
        record(ticket, MONITORING_ACTOR, TicketField.SEVERITY, name(ticket.getSeverity()), name(severity), now);
        ticket.setSeverity(severity);
        clocks.retarget(ticketId, ticket.getProjectId(), ticket.getPolicyKind(), severity);
        ticket.touch(now);
        tickets.saveAndFlush(ticket);
        return true;
    }

    private Ticket alertTicket(long ticketId) {
        return tickets.findById(ticketId).filter(t -> t.getSource() == TicketSource.MONITORING)
                .orElseThrow(() -> new NotFoundException("alert ticket " + ticketId));
    }

    public TicketView view(ProjectAccess access, long id) {
        Ticket ticket = visible(access, id);
        boolean internal = access.seesInternal();
        String key = relations.projectCode(ticket.getProjectId()) + "-" + ticket.getNumber();
        return new TicketView(ticket.getId(), ticket.getProjectId(), key, ticket.getTitle(), ticket.getDescription(),
                ticket.getType(), ticket.getSeverity(), ticket.getModule(), ticket.getEnvironment(),
                ticket.getStatus(), ticket.getSource(), ticket.getReporterId(), ticket.getReporterName(),
                ticket.getAssigneeId(), name(ticket.getAssigneeId()), internal ? ticket.getRootCause() : null,
                ticket.getCreatedAt(), ticket.getUpdatedAt(), ticket.getResolvedAt(), ticket.getClosedAt(),
                ticket.getVersion(), clocks.views(ticket.getId(), ticket.getProjectId(), clock.instant()),
                comments.findByTicketIdOrderByCreatedAtAscIdAsc(id).stream()
                        .filter(c -> internal || !c.isInternal()).map(TicketComment::view).toList(),
                attachments.findByTicketIdOrderById(id).stream()
                        .filter(a -> internal || !a.isInternal()).map(TicketAttachment::view).toList(),
                events.findByTicketIdOrderById(id).stream()
                        .filter(e -> internal || !e.isInternal()).map(TicketEvent::view).toList(),
                internal ? relations.watchers(id) : List.of(),
                internal ? relations.links(id) : List.of(),
                relations.articles(id),
                relations.isWatching(id, access.user().id()));
    }

    /** Staff change what a ticket is about, its severity, assignee and root cause. */
    @Transactional
    public void update(ProjectAccess access, long id, TicketForm form) {
        requireStaff(access);
        Ticket ticket = visible(access, id);
        if (form.version() != null) {
            ticket.setVersion(form.version());
        }
        Instant now = clock.instant();
        String actor = access.user().displayName();
        change(ticket, actor, TicketField.TITLE, ticket.getTitle(), form.title().strip(), now);
        change(ticket, actor, TicketField.DESCRIPTION, ticket.getDescription(), blankToNull(form.description()), now);
        change(ticket, actor, TicketField.TYPE, name(ticket.getType()), name(form.type()), now);
        change(ticket, actor, TicketField.MODULE, ticket.getModule(), blankToNull(form.module()), now);
        change(ticket, actor, TicketField.ENVIRONMENT, ticket.getEnvironment(), blankToNull(form.environment()), now);
        change(ticket, actor, TicketField.ROOT_CAUSE, ticket.getRootCause(), blankToNull(form.rootCause()), now);
        ticket.describe(form.title().strip(), blankToNull(form.description()), form.type(),
                blankToNull(form.module()), blankToNull(form.environment()));
        ticket.setRootCause(blankToNull(form.rootCause()));
        if (ticket.getSeverity() != form.severity()) {
            change(ticket, actor, TicketField.SEVERITY, name(ticket.getSeverity()), name(form.severity()), now);
            ticket.setSeverity(form.severity());
            clocks.retarget(id, ticket.getProjectId(), ticket.getPolicyKind(), form.severity());
        }
        Long assignee = assignee(access, form.assigneeId());
        if (!Objects.equals(assignee, ticket.getAssigneeId())) {
            change(ticket, actor, TicketField.ASSIGNEE, name(ticket.getAssigneeId()), name(assignee), now);
            ticket.setAssigneeId(assignee);
            if (assignee != null) {
                relations.watch(id, assignee);
            }
        }
        ticket.touch(now);
        tickets.saveAndFlush(ticket);
        audit.record(AuditAction.UPDATE, "ticket", id, ticket.getProjectId(), "#" + ticket.getNumber() + " edited");
    }

    /**
     * Moves a ticket to another status. Staff follow the workflow; a customer may only confirm a resolution
     * (close). Reopening a resolved or closed ticket is {@link #reopen}.
     */
    @Transactional
    public void move(ProjectAccess access, long id, TicketStatus to, long version) {
        Ticket ticket = visible(access, id);
        ticket.setVersion(version);
        TicketStatus from = ticket.getStatus();
        boolean allowed = access.seesInternal() ? from.next().contains(to)
                : from == TicketStatus.RESOLVED && to == TicketStatus.CLOSED;
        if (!allowed) {
            throw new BusinessRuleException("ticket.move.notAllowed", from, to);
        }
        transition(ticket, to, access.user(), clock.instant());
    }

    /** Reopens a resolved or closed ticket within the project's reopen window (counted from the resolution). */
    @Transactional
    public void reopen(ProjectAccess access, long id, String reason) {
        Ticket ticket = visible(access, id);
        if (ticket.getStatus().isOpen()) {
            throw new BusinessRuleException("ticket.reopen.notDone");
        }
        Instant now = clock.instant();
        int window = settings.of(ticket.getProjectId()).reopenWindowDays();
        if (ticket.getResolvedAt() != null && ticket.getResolvedAt().plus(Duration.ofDays(window)).isBefore(now)) {
            throw new BusinessRuleException("ticket.reopen.windowPassed", window);
        }
        if (reason != null && !reason.isBlank()) {
            addComment(ticket, access.user(), reason.strip(), false, now);
        }
        transition(ticket, TicketStatus.IN_PROGRESS, access.user(), now);
    }

    /**
     * A reply or note. A customer's reply is always public and, on a ticket waiting for them, sets it in progress
     * again (its clocks run on). Staff's first public reply is the first response and acknowledges a new ticket.
     */
    @Transactional
    public void reply(ProjectAccess access, long id, String body, boolean internal, List<Upload> files) {
        List<Upload> checked = AttachmentRules.check(files);
        if ((body == null || body.isBlank()) && checked.isEmpty()) {
            throw BusinessRuleException.onField("body", "ticket.reply.empty");
        }
        Ticket ticket = visible(access, id);
        CurrentUser user = access.user();
        boolean note = internal && access.seesInternal();
        Instant now = clock.instant();
        if (body != null && !body.isBlank()) {
            addComment(ticket, user, body.strip(), note, now);
        }
        attach(ticket, checked, note, user.displayName());
        if (note) {
            ticket.touch(now);
        } else if (user.isCustomer()) {
            ticket.touch(now);
            if (ticket.getStatus() == TicketStatus.WAITING_FOR_CUSTOMER) {
                transition(ticket, TicketStatus.IN_PROGRESS, user, now);
            }
        } else {
            if (ticket.getStatus() == TicketStatus.NEW) {
                transition(ticket, TicketStatus.ACKNOWLEDGED, user, now);
            } else if (ticket.respond(now)) {
                clocks.responded(id, ticket.getProjectId(), now);
            }
        }
        tickets.saveAndFlush(ticket);
    }

    @Transactional
    public void watch(ProjectAccess access, long id, boolean watching) {
        visible(access, id);
        if (watching) {
            relations.watch(id, access.user().id());
        } else {
            relations.unwatch(id, access.user().id());
        }
    }

    @Transactional
    public void addWatcher(ProjectAccess access, long id, long userId) {
        requireStaff(access);
        Ticket ticket = visible(access, id);
        if (!isProjectUser(access, userId)) {
            throw BusinessRuleException.onField("userId", "ticket.watcher.notOnProject");
        }
        relations.watch(id, userId);
        record(ticket, access.user().displayName(), TicketField.WATCHER, null, name(userId), clock.instant());
    }

    /** Links two tickets of the project both ways, the other one given by its key (e.g. HIS-12) or number. */
    @Transactional
    public void link(ProjectAccess access, long id, String otherKey) {
        requireStaff(access);
        Ticket ticket = visible(access, id);
        Ticket other = byKey(access, otherKey).filter(t -> !t.getId().equals(ticket.getId()))
                .orElseThrow(() -> BusinessRuleException.onField("key", "ticket.link.unknown",
                        otherKey == null ? "" : otherKey.strip()));
        relations.link(ticket.getId(), other.getId());
        record(ticket, access.user().displayName(), TicketField.LINK, null, "#" + other.getNumber(), clock.instant());
    }

    @Transactional
    public void unlink(ProjectAccess access, long id, long otherId) {
        requireStaff(access);
        visible(access, id);
        relations.unlink(id, otherId);
    }

    @Transactional
    public void addArticle(ProjectAccess access, long id, String title, String url) {
        requireStaff(access);
        visible(access, id);
        relations.addArticle(id, title, url);
    }

    @Transactional
    public void removeArticle(ProjectAccess access, long id, long articleId) {
        requireStaff(access);
        visible(access, id);
        relations.removeArticle(id, articleId);
    }

    /** An attachment's bytes, for a reader who may see the ticket and, if it is internal, internal material. */
    public AttachmentFile attachment(ProjectAccess access, long id, long attachmentId) {
        visible(access, id);
        TicketAttachment attachment = attachments.findById(attachmentId)
                .filter(a -> a.getTicketId() == id && (access.seesInternal() || !a.isInternal()))
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
        return new AttachmentFile(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
    }

    /** Whether the project has no tickets yet. */
    public boolean isEmpty(ProjectAccess access) {
        return !tickets.existsByProjectId(access.projectId());
    }

    public Optional<Long> findByKey(ProjectAccess access, String key) {
        return byKey(access, key).filter(t -> canSee(access, t)).map(Ticket::getId);
    }

    /** The implementer members a ticket may be assigned to. */
    public List<ProjectOverview.MemberView> assignees(ProjectAccess access) {
        return projects.overview(access).members().stream().filter(m -> m.role().side() == OrganisationKind.IMPLEMENTER).toList();
    }

    /** The customer's users a ticket may be raised for. */
    public List<UserAccount> customerUsers(ProjectAccess access) {
        Long organisationId = projects.overview(access).customerOrganisationId();
        return organisationId == null ? List.of() : users.activeMembersOf(organisationId).stream()
                .filter(u -> u.getRole() == Role.CUSTOMER).toList();
    }

    public record AttachmentFile(String fileName, String contentType, byte[] content) {
    }

    private void transition(Ticket ticket, TicketStatus to, CurrentUser user, Instant now) {
        transition(ticket, to, user.id(), user.displayName(), now);
    }

    private void transition(Ticket ticket, TicketStatus to, Long actorUserId, String actor, Instant now) {
        TicketStatus from = ticket.getStatus();
        ticket.moveTo(to, now);
        clocks.follow(ticket.getId(), ticket.getProjectId(), from, to, now);
        tickets.saveAndFlush(ticket);
        record(ticket, actor, TicketField.STATUS, from.name(), to.name(), now);
        audit.record(AuditAction.UPDATE, "ticket", ticket.getId(), ticket.getProjectId(),
                "#" + ticket.getNumber() + " " + from + " -> " + to);
        publish(ticket, TicketActivity.Kind.STATUS_CHANGED, actorUserId, false);
    }

    private void addComment(Ticket ticket, CurrentUser user, String body, boolean internal, Instant now) {
        comments.save(new TicketComment(ticket.getId(), user.id(), user.displayName(), user.isCustomer(), internal,
                body, now));
        record(ticket, user.displayName(), internal ? TicketField.NOTE : TicketField.REPLY, null, body, now);
        publish(ticket, TicketActivity.Kind.REPLIED, user.id(), internal);
    }

    private void publish(Ticket ticket, TicketActivity.Kind kind, Long actorUserId, boolean internal) {
        publisher.publishEvent(new TicketActivity(ticket.getId(), ticket.getProjectId(), kind, actorUserId,
                ticket.getStatus(), internal));
    }

    private void attach(Ticket ticket, List<Upload> files, boolean internal, String actor) {
        Instant now = clock.instant();
        for (Upload file : files) {
            attachments.save(new TicketAttachment(ticket.getId(), file, internal, actor, now));
            events.save(new TicketEvent(ticket.getId(), now, actor, TicketField.ATTACHMENT, null, file.fileName(),
                    internal));
        }
    }

    private void change(Ticket ticket, String actor, TicketField field, String before, String after, Instant now) {
        if (!Objects.equals(before, after)) {
            record(ticket, actor, field, before, after, now);
        }
    }

    private void record(Ticket ticket, String actor, TicketField field, String before, String after, Instant now) {
        events.save(new TicketEvent(ticket.getId(), now, actor, field, before, after, false));
    }

    private Ticket visible(ProjectAccess access, long id) {
        return tickets.findByIdAndProjectId(id, access.projectId()).filter(t -> canSee(access, t))
                .orElseThrow(() -> new NotFoundException("ticket " + id));
    }

    private boolean canSee(ProjectAccess access, Ticket ticket) {
        CurrentUser user = access.user();
        if (!user.isCustomer()) {
            return true;
        }
        return settings.of(ticket.getProjectId()).customerVisibility() == CustomerVisibility.ORGANISATION
                || Objects.equals(ticket.getReporterId(), user.id()) || relations.isWatching(ticket.getId(), user.id());
    }

    private Optional<Ticket> byKey(ProjectAccess access, String key) {
        if (key == null) {
            return Optional.empty();
        }
        String digits = key.strip().replaceFirst("(?i)^[A-Z][A-Z0-9]*-", "").replaceFirst("^#", "");
        if (!digits.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return tickets.findByProjectIdAndNumber(access.projectId(), Integer.parseInt(digits));
    }

    private Long assignee(ProjectAccess access, Long userId) {
        if (userId == null) {
            return null;
        }
        if (assignees(access).stream().noneMatch(m -> m.userId() == userId)) {
            throw BusinessRuleException.onField("assigneeId", "ticket.assignee.notMember");
        }
        return userId;
    }

    private UserAccount customerUser(ProjectAccess access, long userId) {
        return customerUsers(access).stream().filter(u -> u.getId() == userId).findFirst()
                .orElseThrow(() -> BusinessRuleException.onField("reporterId", "ticket.reporter.notCustomer"));
    }

    private boolean isProjectUser(ProjectAccess access, long userId) {
        return assignees(access).stream().anyMatch(m -> m.userId() == userId)
                || customerUsers(access).stream().anyMatch(u -> u.getId() == userId);
    }

    private static void requireStaff(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new ForbiddenException("changing tickets of project " + access.projectId());
        }
    }

    private String name(Long userId) {
        return userId == null ? null : users.find(userId).map(UserAccount::getDisplayName).orElse(null);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
