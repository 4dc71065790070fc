package io.luodi.support.standup;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectManagement;
import io.luodi.support.ticket.TicketManagement;
import io.luodi.support.ticket.TicketView;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The hypercare team's daily stand-ups (每日站会): one per project and day, opened with an agenda pre-filled from
 * the tickets, edited in the meeting a field at a time, finalised (read-only from then on) and exported to Word.
 * Internal working notes: to a customer user, none of it exists.
 */
@Service
@Transactional(readOnly = true)
public class StandupManagement {

    public static final int PAGE_SIZE = 30;

    /** How far back the first stand-up of a project looks for ticket activity. */
    static final Duration FIRST_WINDOW = Duration.ofHours(24);

    private final StandupRepository standups;
    private final AgendaPrefill prefill;
    private final StandupDocument document;
    private final TicketManagement tickets;
    private final ProjectManagement projects;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    StandupManagement(StandupRepository standups, AgendaPrefill prefill, StandupDocument document,
                      TicketManagement tickets, ProjectManagement projects, JdbcClient jdbc, AuditLog audit,
                      Clock clock) {
        this.standups = standups;
        this.prefill = prefill;
        this.document = document;
        this.tickets = tickets;
        this.projects = projects;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The project's stand-ups, the latest first, with what each covered. */
    public Page<StandupSummary> list(ProjectAccess access, int page) {
        requireImplementer(access);
        int index = Math.max(page, 0);
        long total = jdbc.sql("SELECT count(*) FROM standup WHERE project_id = ?").param(access.projectId())
                .query(Long.class).single();
        List<StandupSummary> rows = jdbc.sql("""
                        SELECT s.id, s.day, f.name, s.finalised_at IS NOT NULL,
                               (SELECT count(*) FROM standup_attendee a WHERE a.standup_id = s.id AND a.present),
                               (SELECT count(*) FROM standup_item i WHERE i.standup_id = s.id),
                               (SELECT count(*) FROM standup_item i WHERE i.standup_id = s.id AND i.ticket_key IS NOT NULL),
                               (SELECT count(*) FROM standup_item i WHERE i.standup_id = s.id AND i.reasons LIKE '%BREACHED%')
                        FROM standup s
                        LEFT JOIN standup_attendee f ON f.standup_id = s.id AND f.user_id = s.facilitator_id
                        WHERE s.project_id = :project
                        ORDER BY s.day DESC
                        LIMIT :limit OFFSET :offset""")
                .param("project", access.projectId())
                .param("limit", PAGE_SIZE)
                .param("offset", index * PAGE_SIZE)
                .query((rs, row) -> new StandupSummary(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getBoolean(4)))
                .list();
        return new PageImpl<>(rows, PageRequest.of(index, PAGE_SIZE), total);
    }

    /** Today's stand-up, if it has been opened. */
    public Optional<Long> today(ProjectAccess access) {
        requireImplementer(access);
        return standups.findByProjectIdAndDay(access.projectId(), LocalDate.now(clock)).map(Standup::getId);
    }

    /**
     * Today's stand-up: the one already opened, or a new one with the project's members as attendees (the opener
     * ticked and facilitating, if they are on the implementer's team) and the agenda pre-filled from the tickets'
     * activity since the previous stand-up was opened (the last 24 hours for the first one).
     */
    @Transactional
    public long openToday(ProjectAccess access) {
        requireImplementer(access);
        LocalDate today = LocalDate.now(clock);
        Optional<Standup> opened = standups.findByProjectIdAndDay(access.projectId(), today);
        if (opened.isPresent()) {
            return opened.get().getId();
        }
        Instant now = clock.instant();
        Instant since = standups.findFirstByProjectIdAndDayBeforeOrderByDayDesc(access.projectId(), today)
                .map(Standup::getCreatedAt).orElse(now.minus(FIRST_WINDOW));
        // Two people opening the day's stand-up at once: the second insert waits for the first and then finds it.
        Optional<Long> inserted = jdbc.sql("""
                        INSERT INTO standup (project_id, day, activity_since, created_by, created_at)
                        VALUES (:project, :day, :since, :by, :now)
                        ON CONFLICT (project_id, day) DO NOTHING RETURNING id""")
                .param("project", access.projectId())
                .param("day", today)
                .param("since", Timestamp.from(since))
                .param("by", access.user().displayName())
                .param("now", Timestamp.from(now))
                .query(Long.class).optional();
        if (inserted.isEmpty()) {
            return standups.findByProjectIdAndDay(access.projectId(), today).orElseThrow().getId();
        }
        Standup standup = standups.findById(inserted.get()).orElseThrow();
        List<Standup.Member> members = projects.overview(access).members().stream()
                .map(m -> new Standup.Member(m.userId(), m.displayName(), m.role().side())).toList();
        standup.prepare(members, access.user().id(), prefill.compile(access, since, now));
        audit.record(AuditAction.CREATE, "standup", standup.getId(), access.projectId(),
                "stand-up of " + today + " with " + standup.getItems().size() + " agenda items");
        return standup.getId();
    }

    public StandupDetail detail(ProjectAccess access, long id) {
        requireImplementer(access);
        return view(load(access, id));
    }

    @Transactional
    public void lead(ProjectAccess access, long id, long facilitatorId) {
        requireImplementer(access);
        forEdit(access, id).lead(facilitatorId);
    }

    @Transactional
    public void tick(ProjectAccess access, long id, long attendeeId, boolean present) {
        requireImplementer(access);
        forEdit(access, id).tick(attendeeId, present);
    }

    /** Saves an item's discussion note, owner and next step; a save over someone else's newer one is refused. */
    @Transactional
    public void write(ProjectAccess access, long id, long itemId, ItemForm form) {
        requireImplementer(access);
        forEdit(access, id).write(itemId, form.version(), clean(form.note()), clean(form.owner()),
                clean(form.nextStep()));
        flush("standup.item.stale");
    }

    /** Saves one free-text section; a save over someone else's newer one is refused. */
    @Transactional
    public void write(ProjectAccess access, long id, SectionKind kind, SectionForm form) {
        requireImplementer(access);
        forEdit(access, id).write(kind, form.version(), clean(form.text()));
        flush("standup.section.stale");
    }

    /** Puts a ticket of the project on the agenda by its key (HIS-12, or just 12), as it stands now. */
    @Transactional
    public long addTicket(ProjectAccess access, long id, String key) {
        requireImplementer(access);
        Standup standup = forEdit(access, id);
        String typed = key == null ? "" : key.strip();
        TicketView ticket = tickets.findByKey(access, typed).map(ticketId -> tickets.view(access, ticketId))
                .orElseThrow(() -> BusinessRuleException.onField("ticketKey", "standup.item.unknownTicket", typed));
        StandupItem item = standup.add(new AgendaEntry(ticket.id(), ticket.key(), ticket.title(), ticket.severity(),
                ticket.status(), null, ticket.assigneeName(), Set.of(AgendaReason.ADDED)));
        try {
            standups.flush();
        } catch (DataIntegrityViolationException addedMeanwhile) {
            throw BusinessRuleException.onField("ticketKey", "standup.item.duplicate", ticket.key());
        }
        audit.record(AuditAction.UPDATE, "standup", id, access.projectId(), "agenda + " + ticket.key());
        return item.getId();
    }

    /** Puts a topic without a ticket on the agenda. */
    @Transactional
    public long addTopic(ProjectAccess access, long id, String topic) {
        requireImplementer(access);
        String title = clean(topic);
        if (title == null) {
            throw BusinessRuleException.onField("topic", "standup.item.topic.blank");
        }
        if (title.length() > 200) {
            throw BusinessRuleException.onField("topic", "standup.item.topic.long", 200);
        }
        StandupItem item = forEdit(access, id).add(AgendaEntry.topic(title));
        standups.flush();
        audit.record(AuditAction.UPDATE, "standup", id, access.projectId(), "agenda + topic " + title);
        return item.getId();
    }

    @Transactional
    public void remove(ProjectAccess access, long id, long itemId) {
        requireImplementer(access);
        Standup standup = forEdit(access, id);
        StandupItem item = standup.item(itemId);
        standup.remove(itemId);
        audit.record(AuditAction.UPDATE, "standup", id, access.projectId(),
                "agenda - " + (item.getTicketKey() != null ? item.getTicketKey() : "topic " + item.getTitle()));
    }

    /** Locks the stand-up: from now on it is the record of the day and nobody changes it. */
    @Transactional
    public void finalise(ProjectAccess access, long id) {
        requireImplementer(access);
        Standup standup = standups.findForFinalisingByIdAndProjectId(id, access.projectId())
                .orElseThrow(() -> new NotFoundException("stand-up " + id));
        standup.finalise(access.user().displayName(), clock.instant());
        audit.record(AuditAction.UPDATE, "standup", id, access.projectId(),
                "stand-up of " + standup.getDay() + " finalised");
    }

    /** The stand-up as a Word document in the reader's language, named in it too; recorded as an export. */
    public ExportedFile export(ProjectAccess access, long id, Locale locale) {
        requireImplementer(access);
        StandupDetail standup = view(load(access, id));
        ExportedFile file = document.write(projects.overview(access).project(), standup, locale);
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "standup", id, access.projectId(),
                "stand-up of " + standup.day());
        return file;
    }

    private void flush(String staleMessage) {
        try {
            standups.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new BusinessRuleException(staleMessage);
        }
    }

    private StandupDetail view(Standup standup) {
        List<StandupItem> items = standup.getItems();
        return new StandupDetail(standup.getId(), standup.getDay(), standup.getFacilitatorId(),
                standup.getFacilitatorId() == null ? null
                        : standup.attendee(standup.getFacilitatorId()).map(StandupAttendee::getName).orElse(null),
                standup.getActivitySince(), standup.getCreatedBy(), standup.getCreatedAt(), standup.getFinalisedBy(),
                standup.getFinalisedAt(),
                standup.getAttendees().stream().map(a -> new StandupDetail.AttendeeView(a.getId(), a.getUserId(),
                        a.getName(), a.getSide(), a.isPresent())).toList(),
                items.stream().map(i -> new StandupDetail.ItemView(i.getId(), items.indexOf(i) + 1, i.getTicketId(),
                        i.getTicketKey(), i.getTitle(), i.getSeverity(), i.getStatus(), i.getStatusBefore(),
                        i.getAssignee(), i.getReasons(), i.getNote(), i.getOwner(), i.getNextStep(),
                        i.getVersion())).toList(),
                standup.getSections().stream().map(s -> new StandupDetail.SectionView(s.getKind(), s.getText(),
                        s.getVersion())).toList());
    }

    private Standup load(ProjectAccess access, long id) {
        return standups.findByIdAndProjectId(id, access.projectId())
                .orElseThrow(() -> new NotFoundException("stand-up " + id));
    }

    private Standup forEdit(ProjectAccess access, long id) {
        return standups.findForEditByIdAndProjectId(id, access.projectId())
                .orElseThrow(() -> new NotFoundException("stand-up " + id));
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("\r\n", "\n").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Stand-ups are the implementer's working notes: for a customer user they do not exist. */
    private static void requireImplementer(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new NotFoundException("stand-ups of project " + access.projectId());
        }
    }
}
