package io.luodi.requirements.survey;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {

    List<SurveyAnswer> findBySurveyId(long surveyId);

    List<SurveyAnswer> findBySurveyIdIn(Collection<Long> surveyIds);

    Optional<SurveyAnswer> findBySurveyIdAndQuestionId(long surveyId, long questionId);

    /** Answers by id, but only those of the project's surveys: an id from another project finds nothing. */
    @Query("""
            select a from SurveyAnswer a, Survey s
            where s.id = a.surveyId and s.projectId = :projectId and a.id in :ids""")
    List<SurveyAnswer> findInProject(long projectId, Collection<Long> ids);
}
