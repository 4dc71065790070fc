package io.luodi.requirements.template;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.SystemType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One version of a survey template. Versions of the same template share a lineage; a draft's questions may be
 * replaced, a published version's never are, so a survey run on it can always be read against it.
 */
@Entity
public class SurveyTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID lineage;

    private int versionNumber;

    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    private SystemType systemType;

    @Enumerated(EnumType.STRING)
    private TemplateStatus status;

    private String createdBy;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TemplateSection> sections = new ArrayList<>();

    protected SurveyTemplate() {
    }

    private SurveyTemplate(UUID lineage, int versionNumber, String name, String description, SystemType systemType,
                           TemplateDraft content, String createdBy) {
        this.lineage = lineage;
        this.versionNumber = versionNumber;
        this.name = name;
        this.description = description;
        this.systemType = systemType;
        this.status = TemplateStatus.DRAFT;
        this.createdBy = createdBy;
        fill(content);
    }

    /** A new template: version 1 of a new lineage, as a draft. */
    public static SurveyTemplate create(String name, String description, SystemType systemType, TemplateDraft content,
                                 String createdBy) {
        return new SurveyTemplate(UUID.randomUUID(), 1, name, description, systemType, content, createdBy);
    }

    /** The next version of this template, starting as a draft with the same questions. */
    public SurveyTemplate nextVersion(int versionNumber, String createdBy) {
        return new SurveyTemplate(lineage, versionNumber, name, description, systemType, content(), createdBy);
    }

    /** An independent template with this one's questions, e.g. to adapt a hospital template for a clinic. */
    public SurveyTemplate copy(String newName, String createdBy) {
        return create(newName.trim(), description, systemType, content(), createdBy);
    }

    public void replaceContent(TemplateDraft content) {
        requireDraft();
        sections.clear();
        fill(content);
    }

    public void publish() {
        requireDraft();
        status = TemplateStatus.PUBLISHED;
    }

    private void requireDraft() {
        if (status != TemplateStatus.DRAFT) {
            throw new BusinessRuleException("template.published.frozen");
        }
    }

    private void fill(TemplateDraft content) {
        for (SectionDraft section : content.sections()) {
            sections.add(new TemplateSection(this, sections.size() + 1, section));
        }
    }

    public TemplateDraft content() {
        return new TemplateDraft(sections.stream().map(TemplateSection::toDraft).toList());
    }

    public int questionCount() {
        return sections.stream().mapToInt(s -> s.getQuestions().size()).sum();
    }

    public Long getId() {
        return id;
    }

    public UUID getLineage() {
        return lineage;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public SystemType getSystemType() {
        return systemType;
    }

    public TemplateStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<TemplateSection> getSections() {
        return List.copyOf(sections);
    }
}
