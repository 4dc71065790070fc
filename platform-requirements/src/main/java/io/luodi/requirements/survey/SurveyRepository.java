package io.luodi.requirements.survey;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    Optional<Survey> findByIdAndProjectId(long id, long projectId);

    /** The survey, locked until the transaction ends: answers to it are saved one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Survey s where s.id = :id and s.projectId = :projectId")
    Optional<Survey> lockByIdAndProjectId(long id, long projectId);

    @Query("""
            select distinct s from Survey s left join fetch s.conductorIds
            where s.projectId = :projectId
            order by s.surveyDate desc, s.id desc""")
    List<Survey> findByProjectWithConductors(long projectId);

    boolean existsByProjectId(long projectId);
}
