package io.luodi.requirements.meeting;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectOverview;
import io.luodi.requirements.requirement.Requirement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's meetings with the customer and third parties: attendees by side, agenda, minutes, decisions and
 * action items, and the minutes as a Word document. Everyone on the project reads them; implementer staff record
 * and edit them.
 */
@Service
@Transactional(readOnly = true)
public class MeetingManagement {

    private final MeetingRepository meetings;
    private final ProjectManagement projects;
    private final MinutesDocument minutesDocument;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    MeetingManagement(MeetingRepository meetings, ProjectManagement projects, MinutesDocument minutesDocument,
                      JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.projects = projects;
        this.minutesDocument = minutesDocument;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean canEdit(ProjectAccess access) {
        return access.seesInternal();
    }

    /** The project's meetings, the latest first. */
    public List<MeetingSummary> list(ProjectAccess access) {
        return jdbc.sql("""
                        SELECT m.id, m.kind, m.title, m.held_on, m.location,
                               (SELECT count(*) FROM meeting_attendee a WHERE a.meeting_id = m.id),
                               (SELECT count(*) FROM meeting_decision d WHERE d.meeting_id = m.id),
                               (SELECT count(*) FROM meeting_action_item i WHERE i.meeting_id = m.id AND NOT i.done),
                               (SELECT count(*) FROM meeting_action_item i
                                WHERE i.meeting_id = m.id AND NOT i.done AND i.due_on < :today)
                        FROM meeting m WHERE m.project_id = :project
                        ORDER BY m.held_on DESC, m.id DESC""")
                .param("project", access.projectId())
                .param("today", LocalDate.now(clock))
                .query((rs, row) -> new MeetingSummary(rs.getLong(1), MeetingKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8), rs.getInt(9)))
                .list();
    }

    public MeetingDetail detail(ProjectAccess access, long id) {
        return view(load(access, id));
    }

    /** Every decision of the project's meetings, latest meeting first, for linking a requirement to one. */
    public List<DecisionChoice> decisionChoices(ProjectAccess access) {
        return jdbc.sql("""
                        SELECT d.id, m.id, m.title, m.held_on, d.text,
                               row_number() OVER (PARTITION BY m.id ORDER BY d.position)
                        FROM meeting_decision d JOIN meeting m ON m.id = d.meeting_id
                        WHERE m.project_id = ? ORDER BY m.held_on DESC, m.id DESC, d.position""")
                .param(access.projectId())
                .query((rs, row) -> new DecisionChoice(rs.getLong(1), rs.getLong(2),
                        rs.getString(3) + " " + rs.getDate(4).toLocalDate(), rs.getInt(6), rs.getString(5)))
                .list();
    }

    /** A decision as a choice in a list: its meeting's title and day, its number there, and its text. */
    public record DecisionChoice(long id, long meetingId, String meetingLabel, int number, String text) {
    }

    /** The project's members, whom attendees can be linked to. */
    public List<ProjectOverview.MemberView> members(ProjectAccess access) {
        return projects.overview(access).members();
    }

    @Transactional
    public long create(ProjectAccess access, MeetingForm form) {
        requireEditor(access);
        Meeting meeting = new Meeting(access.projectId(), access.user().username());
        meeting.record(withMemberNames(access, form));
        meetings.save(meeting);
        audit.record(AuditAction.CREATE, "meeting", meeting.getId(), access.projectId(),
                meeting.getHeldOn() + " " + meeting.getTitle());
        return meeting.getId();
    }

    /**
     * Saves the form over the meeting unless someone saved it since the form was loaded. A decision that
     * requirements trace back to cannot be removed: their history would lose its reason.
     */
    @Transactional
    public void update(ProjectAccess access, long id, MeetingForm form) {
        requireEditor(access);
        Meeting meeting = meetings.findForChangeByIdAndProjectId(id, access.projectId())
                .orElseThrow(() -> new NotFoundException("meeting " + id));
        requireCurrent(meeting, form.version());
        requireUntraced(meeting.decisionsRemovedBy(form), "meeting.decision.traced");
        meeting.record(withMemberNames(access, form));
        audit.record(AuditAction.UPDATE, "meeting", id, access.projectId(),
                meeting.getHeldOn() + " " + meeting.getTitle());
    }

    /**
     * Removes a meeting none of whose decisions a requirement traces back to. Unlike an edit it does not ask for
     * the version the page showed: ticking off an action item moves the version on, and a deletion overwrites
     * nothing that someone else could lose.
     */
    @Transactional
    public void delete(ProjectAccess access, long id) {
        requireEditor(access);
        Meeting meeting = load(access, id);
        requireUntraced(meeting.getDecisions().stream().map(MeetingDecision::getId).collect(Collectors.toSet()),
                "meeting.delete.traced");
        meetings.delete(meeting);
        audit.record(AuditAction.DELETE, "meeting", id, access.projectId(),
                meeting.getHeldOn() + " " + meeting.getTitle());
    }

    /** Ticks an action item off, or opens it again. */
    @Transactional
    public void markActionItem(ProjectAccess access, long meetingId, long itemId, boolean done) {
        requireEditor(access);
        Meeting meeting = meetings.findForChangeByIdAndProjectId(meetingId, access.projectId())
                .orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        meeting.markActionItem(itemId, done);
        audit.record(AuditAction.UPDATE, "meeting", meetingId, access.projectId(),
                "action item " + itemId + (done ? " done" : " reopened"));
    }

    /** The minutes as a Word document in the reader's language; recorded as an export. */
    public byte[] minutes(ProjectAccess access, long id, Locale locale) {
        MeetingDetail meeting = detail(access, id);
        byte[] document = minutesDocument.write(projects.overview(access).project(), meeting, locale);
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "meeting", id, access.projectId(),
                "minutes of " + meeting.heldOn() + " " + meeting.title());
        return document;
    }

    /** Whether the project has meetings yet (the demo data fills only an empty project). */
    public boolean isEmpty(ProjectAccess access) {
        return !meetings.existsByProjectId(access.projectId());
    }

    private MeetingDetail view(Meeting meeting) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<MeetingDetail.RequirementLink>> produced = producedRequirements(
                meeting.getDecisions().stream().map(MeetingDecision::getId).toList());
        List<MeetingDetail.DecisionView> decisions = new ArrayList<>();
        for (MeetingDecision d : meeting.getDecisions()) {
            decisions.add(new MeetingDetail.DecisionView(d.getId(), decisions.size() + 1, d.getText(),
                    produced.getOrDefault(d.getId(), List.of())));
        }
        List<MeetingDetail.ActionItemView> actionItems = new ArrayList<>();
        for (MeetingActionItem a : meeting.getActionItems()) {
            actionItems.add(new MeetingDetail.ActionItemView(a.getId(), actionItems.size() + 1, a.getText(),
                    a.getOwner(), a.getDueOn(), a.isDone(), a.isOverdue(today)));
        }
        return new MeetingDetail(meeting.getId(), meeting.getKind(), meeting.getTitle(), meeting.getHeldOn(),
                meeting.getLocation(), meeting.getAgenda(), meeting.getMinutes(), meeting.getCreatedBy(),
                meeting.getCreatedAt(), meeting.getVersion(),
                meeting.getAttendees().stream().map(a -> new MeetingDetail.AttendeeView(a.getId(), a.getSide(),
                        a.getName(), a.getRole(), a.getUserId())).toList(),
                decisions, actionItems);
    }

    private Map<Long, List<MeetingDetail.RequirementLink>> producedRequirements(Collection<Long> decisionIds) {
        Map<Long, List<MeetingDetail.RequirementLink>> produced = new HashMap<>();
        if (decisionIds.isEmpty()) {
            return produced;
        }
        jdbc.sql("""
                        SELECT s.decision_id, r.id, r.number, r.title FROM requirement_source s
                        JOIN requirement r ON r.id = s.requirement_id
                        WHERE s.decision_id IN (:ids) ORDER BY r.number""")
                .param("ids", decisionIds)
                .query(rs -> {
                    produced.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                            new MeetingDetail.RequirementLink(rs.getLong(2), Requirement.key(rs.getInt(3)),
                                    rs.getString(4)));
                });
        return produced;
    }

    private void requireUntraced(Set<Long> decisionIds, String refusal) {
        if (decisionIds.isEmpty()) {
            return;
        }
        List<String> keys = jdbc.sql("""
                        SELECT DISTINCT r.number FROM requirement_source s JOIN requirement r ON r.id = s.requirement_id
                        WHERE s.decision_id IN (:ids) ORDER BY r.number""")
                .param("ids", decisionIds).query(Integer.class).list().stream().map(Requirement::key).toList();
        if (!keys.isEmpty()) {
            throw new BusinessRuleException(refusal, String.join(", ", keys));
        }
    }

    /**
     * Attendees linked to a user must be members of the project; one linked without a name takes the member's
     * display name.
     */
    private MeetingForm withMemberNames(ProjectAccess access, MeetingForm form) {
        Map<Long, ProjectOverview.MemberView> members = members(access).stream()
                .collect(Collectors.toMap(ProjectOverview.MemberView::userId, m -> m));
        List<MeetingForm.AttendeeRow> attendees = new ArrayList<>();
        for (int i = 0; i < form.attendees().size(); i++) {
            MeetingForm.AttendeeRow row = form.attendees().get(i);
            String name = row.name();
            if (row.userId() != null) {
                ProjectOverview.MemberView member = members.get(row.userId());
                if (member == null) {
                    throw BusinessRuleException.onField("attendees[" + i + "].userId", "meeting.attendee.notMember");
                }
                name = name == null || name.isBlank() ? member.displayName() : name;
            }
            if (name == null || name.isBlank()) {
                throw BusinessRuleException.onField("attendees[" + i + "].name", "meeting.attendee.name.missing");
            }
            attendees.add(new MeetingForm.AttendeeRow(row.id(), row.side(), name, row.role(), row.userId()));
        }
        return new MeetingForm(form.kind(), form.title(), form.heldOn(), form.location(), form.agenda(),
                form.minutes(), attendees, form.decisions(), form.actionItems(), form.version());
    }

    private Meeting load(ProjectAccess access, long id) {
        return meetings.findByIdAndProjectId(id, access.projectId())
                .orElseThrow(() -> new NotFoundException("meeting " + id));
    }

    private static void requireCurrent(Meeting meeting, Long version) {
        if (!Objects.equals(version, meeting.getVersion())) {
            throw new BusinessRuleException("meeting.stale");
        }
    }

    private static void requireEditor(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new ForbiddenException("editing meetings of project " + access.projectId());
        }
    }
}
