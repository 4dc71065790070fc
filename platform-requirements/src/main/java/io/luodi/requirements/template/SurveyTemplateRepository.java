package io.luodi.requirements.template;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface SurveyTemplateRepository extends JpaRepository<SurveyTemplate, Long> {

    @Query("""
            select new io.luodi.requirements.template.TemplateSummary(t.id, t.lineage, t.versionNumber, t.name,
                   t.systemType, t.status, t.createdBy, t.createdAt,
                   (select count(q) from TemplateQuestion q where q.section.template = t))
            from SurveyTemplate t
            order by t.name, t.versionNumber desc""")
    List<TemplateSummary> summaries();

    @Query("select coalesce(max(t.versionNumber), 0) from SurveyTemplate t where t.lineage = :lineage")
    int latestVersionNumber(UUID lineage);

    List<SurveyTemplate> findByLineageOrderByVersionNumberDesc(UUID lineage);
}
