package io.luodi.requirements.requirement;

import io.luodi.core.NotFoundException;
import io.luodi.requirements.survey.AnswerReference;
import io.luodi.requirements.survey.SurveyManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Describes the things a requirement traces back to (survey answers, pain points, meeting decisions) and checks
 * that a source belongs to the requirement's project. Sources live in other tables of the phase; they are read
 * here by id, never mapped as associations.
 */
@Component
class RequirementSources {

    private final JdbcClient jdbc;
    private final SurveyManagement answers;

    RequirementSources(JdbcClient jdbc, SurveyManagement answers) {
        this.jdbc = jdbc;
        this.answers = answers;
    }

    /** The source, if it belongs to the project; otherwise it does not exist for this project. */
    SourceView require(long projectId, RequirementSource.Kind kind, long id) {
        return find(projectId, kind, id).orElseThrow(() -> new NotFoundException(kind + " " + id));
    }

    Optional<SourceView> find(long projectId, RequirementSource.Kind kind, long id) {
        return switch (kind) {
            case ANSWER -> answers.describeAnswer(projectId, id).map(RequirementSources::answer);
            case PAIN_POINT -> painPoints(projectId, List.of(id)).stream().findFirst();
            case DECISION -> decisions(projectId, List.of(id)).stream().findFirst();
        };
    }

    /** The sources in the order answers, pain points, decisions; those a customer may not open are left out. */
    List<SourceView> describe(long projectId, Collection<RequirementSource> sources, boolean internal) {
        Map<RequirementSource.Kind, List<Long>> ids = new LinkedHashMap<>();
        for (RequirementSource.Kind kind : RequirementSource.Kind.values()) {
            ids.put(kind, new ArrayList<>());
        }
        sources.forEach(s -> ids.get(s.kind()).add(s.sourceId()));
        List<SourceView> views = new ArrayList<>();
        if (internal) {
            answers.describeAnswers(projectId, ids.get(RequirementSource.Kind.ANSWER)).stream()
                    .map(RequirementSources::answer).forEach(views::add);
            views.addAll(painPoints(projectId, ids.get(RequirementSource.Kind.PAIN_POINT)));
        }
        views.addAll(decisions(projectId, ids.get(RequirementSource.Kind.DECISION)));
        return views;
    }

    private List<SourceView> painPoints(long projectId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, title, affected_process, description FROM pain_point
                        WHERE project_id = :project AND id IN (:ids) ORDER BY id""")
                .param("project", projectId).param("ids", ids)
                .query((rs, row) -> new SourceView(RequirementSource.Kind.PAIN_POINT, rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), null, null, null))
                .list();
    }

    /** Decisions are numbered as the meeting lists them: by position, counting only the decisions there are. */
    private List<SourceView> decisions(long projectId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT d.id, m.title, m.held_on, d.text, m.id AS meeting_id,
                               (SELECT count(*) FROM meeting_decision e
                                WHERE e.meeting_id = d.meeting_id AND e.position <= d.position) AS number
                        FROM meeting_decision d JOIN meeting m ON m.id = d.meeting_id
                        WHERE m.project_id = :project AND d.id IN (:ids)
                        ORDER BY m.held_on, m.id, d.position""")
                .param("project", projectId).param("ids", ids)
                .query((rs, row) -> new SourceView(RequirementSource.Kind.DECISION, rs.getLong("id"),
                        rs.getString("title") + " " + rs.getDate("held_on").toLocalDate(), rs.getString("text"),
                        null, rs.getInt("number"), rs.getLong("meeting_id"), null))
                .list();
    }

    private static SourceView answer(AnswerReference answer) {
        return new SourceView(RequirementSource.Kind.ANSWER, answer.answerId(), answer.surveyLabel(),
                answer.questionCode() + " " + answer.questionText(), answer.answerSummary(), null, null,
                answer.surveyId());
    }
}
