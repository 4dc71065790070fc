package io.luodi.support.improvement;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.project.ProjectAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * A project's improvement backlog after go-live. Everyone on the project raises improvements and votes for them,
 * once each; implementer staff edit them, keep an internal note customers never see, and move their status.
 * Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class ImprovementManagement {

    private final ImprovementRepository improvements;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ImprovementManagement(ImprovementRepository improvements, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.improvements = improvements;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Implementer staff edit improvements and move their status. */
    public boolean canEdit(ProjectAccess access) {
        return access.seesInternal();
    }

    /** The backlog, most votes first and then the newest; either filter may be null. */
    public List<ImprovementSummary> list(ProjectAccess access, ImprovementStatus status,
                                         ImprovementCategory category) {
        return jdbc.sql("""
                        SELECT i.id, i.title, i.category, i.status, i.raised_by_name, i.raised_by_side, i.raised_at,
                               i.target_release,
                               (SELECT count(*) FROM improvement_vote v WHERE v.improvement_id = i.id) AS votes,
                               EXISTS (SELECT 1 FROM improvement_vote v
                                       WHERE v.improvement_id = i.id AND v.user_id = :user)
                        FROM improvement i
                        WHERE i.project_id = :project
                          AND (CAST(:status AS VARCHAR) IS NULL OR i.status = :status)
                          AND (CAST(:category AS VARCHAR) IS NULL OR i.category = :category)
                        ORDER BY votes DESC, i.raised_at DESC, i.id DESC""")
                .param("project", access.projectId())
                .param("user", access.user().id())
                .param("status", status == null ? null : status.name())
                .param("category", category == null ? null : category.name())
                .query((rs, row) -> new ImprovementSummary(rs.getLong(1), rs.getString(2),
                        ImprovementCategory.valueOf(rs.getString(3)), ImprovementStatus.valueOf(rs.getString(4)),
                        rs.getString(5), OrganisationKind.valueOf(rs.getString(6)),
                        rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getInt(9), rs.getBoolean(10)))
                .list();
    }

    public ImprovementDetail detail(ProjectAccess access, long id) {
        Improvement i = load(access, id);
        return new ImprovementDetail(i.getId(), i.getTitle(), i.getDescription(), i.getCategory(), i.getStatus(),
                i.getDeclineReason(), i.getTargetRelease(), access.seesInternal() ? i.getInternalNote() : null,
                i.getRaisedByName(), i.getRaisedBySide(), i.getRaisedAt(), i.getDoneAt(), i.getVersion(),
                vote(access, i),
                i.getHistory().stream().map(h -> new ImprovementDetail.StatusChangeView(h.getFromStatus(),
                        h.getToStatus(), h.getReason(), h.getChangedBy(), h.getChangedAt())).toList());
    }

    /** Anyone on the project raises an improvement; who raised it and for which side is recorded. */
    @Transactional
    public long raise(ProjectAccess access, ImprovementForm form) {
        Improvement improvement = Improvement.raise(access.projectId(), form.title(), form.description(),
                form.category(), access.user().id(), access.user().displayName(),
                access.seesInternal() ? OrganisationKind.IMPLEMENTER : OrganisationKind.CUSTOMER, clock.instant());
        if (access.seesInternal()) {
            improvement.edit(form.title(), form.description(), form.category(), form.targetRelease(),
                    form.internalNote());
        }
        improvements.save(improvement);
        audit.record(AuditAction.CREATE, "improvement", improvement.getId(), access.projectId(),
                improvement.getCategory() + " " + improvement.getTitle());
        return improvement.getId();
    }

    /** Saves the implementer's edit unless someone changed the improvement since the form was loaded. */
    @Transactional
    public void update(ProjectAccess access, long id, ImprovementForm form) {
        requireEditor(access);
        Improvement improvement = load(access, id);
        requireCurrent(improvement, form.version());
        improvement.edit(form.title(), form.description(), form.category(), form.targetRelease(),
                form.internalNote());
        audit.record(AuditAction.UPDATE, "improvement", id, access.projectId(), improvement.getTitle());
    }

    /** Moves the status as the implementer decides; the move is kept in the improvement's history. */
    @Transactional
    public void changeStatus(ProjectAccess access, long id, StatusChangeForm form) {
        requireEditor(access);
        Improvement improvement = load(access, id);
        requireCurrent(improvement, form.version());
        ImprovementStatus from = improvement.getStatus();
        improvement.moveTo(form.status(), form.reason(), form.targetRelease(), access.user().displayName(),
                clock.instant());
        audit.record(AuditAction.UPDATE, "improvement", id, access.projectId(),
                "status " + from + " -> " + form.status()
                        + (improvement.getDeclineReason() == null ? "" : ": " + improvement.getDeclineReason()));
    }

    /**
     * Casts the user's vote, or takes it back when they have already voted. Improvements that are done or declined
     * take no more votes.
     */
    @Transactional
    public VoteView toggleVote(ProjectAccess access, long id) {
        Improvement improvement = load(access, id);
        if (improvement.getStatus().isClosed()) {
            throw new BusinessRuleException("improvement.vote.closed");
        }
        int removed = jdbc.sql("DELETE FROM improvement_vote WHERE improvement_id = :id AND user_id = :user")
                .param("id", id).param("user", access.user().id()).update();
        if (removed == 0) {
            jdbc.sql("""
                            INSERT INTO improvement_vote (improvement_id, user_id, voted_at) VALUES (:id, :user, :at)
                            ON CONFLICT DO NOTHING""")
                    .param("id", id).param("user", access.user().id())
                    .param("at", java.sql.Timestamp.from(clock.instant())).update();
        }
        audit.record(AuditAction.UPDATE, "improvement", id, access.projectId(),
                removed == 0 ? "vote cast" : "vote withdrawn");
        return vote(access, improvement);
    }

    /** Whether the project has improvements yet (the demo data fills only an empty project). */
    public boolean isEmpty(ProjectAccess access) {
        return !improvements.existsByProjectId(access.projectId());
    }

    private VoteView vote(ProjectAccess access, Improvement improvement) {
        return jdbc.sql("""
                        SELECT count(*), coalesce(bool_or(user_id = :user), false)
                        FROM improvement_vote WHERE improvement_id = :id""")
                .param("id", improvement.getId()).param("user", access.user().id())
                .query((rs, row) -> new VoteView(improvement.getId(), rs.getInt(1), rs.getBoolean(2),
                        !improvement.getStatus().isClosed()))
                .single();
    }

    private Improvement load(ProjectAccess access, long id) {
        return improvements.findByIdAndProjectId(id, access.projectId())
                .orElseThrow(() -> new NotFoundException("improvement " + id));
    }

    private static void requireCurrent(Improvement improvement, Long version) {
        if (!Objects.equals(version, improvement.getVersion())) {
            throw new BusinessRuleException("improvement.stale");
        }
    }

    private static void requireEditor(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new ForbiddenException("editing improvements of project " + access.projectId());
        }
    }
}
