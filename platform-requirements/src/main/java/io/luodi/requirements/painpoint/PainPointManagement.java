package io.luodi.requirements.painpoint;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.user.UserAccount;
import io.luodi.core.user.UserManagement;
import io.luodi.requirements.requirement.Requirement;
import io.luodi.requirements.survey.AnswerReference;
import io.luodi.requirements.survey.SurveyManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;

/**
 * A project's pain points: what hurts in the customer's work today, rated by severity and frequency, found in
 * survey answers or conversations, and turned into requirements. Pain points are the implementer's working
 * material: to a customer user they do not exist.
 */
@Service
@Transactional(readOnly = true)
public class PainPointManagement {

    private final PainPointRepository painPoints;
    private final SurveyManagement answers;
    private final JdbcClient jdbc;
    private final UserManagement users;
    private final AuditLog audit;

    PainPointManagement(PainPointRepository painPoints, SurveyManagement answers, JdbcClient jdbc,
                        UserManagement users, AuditLog audit) {
        this.painPoints = painPoints;
        this.answers = answers;
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    /** The project's pain points, the most severe and most frequent first. */
    public List<PainPointSummary> list(ProjectAccess access, PainPointFilter filter) {
        requireInternal(access);
        return jdbc.sql("""
                        SELECT p.id, p.title, p.affected_process, p.severity, p.frequency, p.answer_id IS NOT NULL,
                               (SELECT count(*) FROM requirement_source s WHERE s.pain_point_id = p.id),
                               p.created_by, p.created_at
                        FROM pain_point p
                        WHERE p.project_id = :project
                          AND (CAST(:severity AS VARCHAR) IS NULL OR p.severity = :severity)
                          AND (CAST(:process AS VARCHAR) IS NULL OR p.affected_process = :process)
                        ORDER BY array_position(ARRAY['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']::VARCHAR[], p.severity),
                                 array_position(ARRAY['DAILY', 'WEEKLY', 'MONTHLY', 'RARELY']::VARCHAR[], p.frequency),
                                 p.id""")
                .param("project", access.projectId())
                .param("severity", filter.severity() == null ? null : filter.severity().name())
                .param("process", filter.process())
                .query((rs, row) -> new PainPointSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Severity.valueOf(rs.getString(4)), Frequency.valueOf(rs.getString(5)), rs.getBoolean(6),
                        rs.getInt(7), rs.getString(8), rs.getTimestamp(9).toInstant()))
                .list();
    }

    /** The affected processes the project's pain points name, for the list's filter. */
    public List<String> processes(ProjectAccess access) {
        requireInternal(access);
        return jdbc.sql("SELECT DISTINCT affected_process FROM pain_point WHERE project_id = ? ORDER BY 1")
                .param(access.projectId()).query(String.class).list();
    }

    public PainPointDetail detail(ProjectAccess access, long id) {
        requireInternal(access);
        PainPoint painPoint = load(access, id);
        AnswerReference answer = painPoint.getAnswerId() == null ? null
                : answers.describeAnswer(access.projectId(), painPoint.getAnswerId()).orElse(null);
        List<PainPointDetail.TracedRequirement> traced = jdbc.sql("""
                        SELECT r.id, r.number, r.title FROM requirement r
                        JOIN requirement_source s ON s.requirement_id = r.id
                        WHERE s.pain_point_id = ? AND r.project_id = ? ORDER BY r.number""")
                .params(id, access.projectId())
                .query((rs, row) -> new PainPointDetail.TracedRequirement(rs.getLong(1),
                        Requirement.key(rs.getInt(2)), rs.getString(3)))
                .list();
        return new PainPointDetail(painPoint.getId(), painPoint.getTitle(), painPoint.getDescription(),
                painPoint.getAffectedProcess(), painPoint.getSeverity(), painPoint.getFrequency(), answer,
                users.findByUsername(painPoint.getCreatedBy()).map(UserAccount::getDisplayName)
                        .orElse(painPoint.getCreatedBy()), painPoint.getCreatedAt(), painPoint.getVersion(), traced);
    }

    /** The answer a new pain point starts from; an answer of another project is not found. */
    public AnswerReference answer(ProjectAccess access, long answerId) {
        requireInternal(access);
        return answers.describeAnswer(access.projectId(), answerId)
                .orElseThrow(() -> new NotFoundException("answer " + answerId));
    }

    @Transactional
    public long create(ProjectAccess access, PainPointForm form) {
        requireInternal(access);
        if (form.answerId() != null) {
            answer(access, form.answerId());
        }
        PainPoint painPoint = painPoints.save(new PainPoint(access.projectId(), form.answerId(), form,
                access.user().username()));
        audit.record(AuditAction.CREATE, "pain-point", painPoint.getId(), access.projectId(), painPoint.getTitle());
        return painPoint.getId();
    }

    /** Saves the form over the pain point, unless someone else saved it since the form was loaded. */
    @Transactional
    public void update(ProjectAccess access, long id, PainPointForm form) {
        requireInternal(access);
        PainPoint painPoint = load(access, id);
        requireCurrent(painPoint, form.version());
        painPoint.describe(form);
        audit.record(AuditAction.UPDATE, "pain-point", id, access.projectId(), painPoint.getTitle());
    }

    /** Removes a pain point no requirement traces to; a traced one would leave its requirements unexplained. */
    @Transactional
    public void delete(ProjectAccess access, long id, Long version) {
        requireInternal(access);
        PainPoint painPoint = load(access, id);
        requireCurrent(painPoint, version);
        List<String> keys = jdbc.sql("""
                        SELECT r.number FROM requirement r JOIN requirement_source s ON s.requirement_id = r.id
                        WHERE s.pain_point_id = ? ORDER BY r.number""")
                .param(id).query(Integer.class).list().stream().map(Requirement::key).toList();
        if (!keys.isEmpty()) {
            throw new BusinessRuleException("painPoint.delete.traced", String.join(", ", keys));
        }
        painPoints.delete(painPoint);
        audit.record(AuditAction.DELETE, "pain-point", id, access.projectId(), painPoint.getTitle());
    }

    /** Whether the project has pain points yet (the demo data fills only an empty project). */
    public boolean isEmpty(ProjectAccess access) {
        requireInternal(access);
        return !painPoints.existsByProjectId(access.projectId());
    }

    private PainPoint load(ProjectAccess access, long id) {
        return painPoints.findByIdAndProjectId(id, access.projectId())
                .orElseThrow(() -> new NotFoundException("pain point " + id));
    }

    private static void requireCurrent(PainPoint painPoint, Long version) {
        if (version == null || !Objects.equals(version, painPoint.getVersion())) {
            throw new BusinessRuleException("painPoint.stale");
        }
    }

    private static void requireInternal(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new NotFoundException("pain points of project " + access.projectId());
        }
    }
}
