package io.luodi.requirements.template;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A section of a template: a page of the survey in the field. */
@Entity
@Table(name = "survey_template_section")
public class TemplateSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private SurveyTemplate template;

    private int position;

    private String title;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TemplateQuestion> questions = new ArrayList<>();

    protected TemplateSection() {
    }

    TemplateSection(SurveyTemplate template, int position, SectionDraft draft) {
        this.template = template;
        this.position = position;
        this.title = draft.title();
        for (QuestionDraft question : draft.questions()) {
            questions.add(new TemplateQuestion(this, questions.size() + 1, question));
        }
    }

    SectionDraft toDraft() {
        return new SectionDraft(title, questions.stream().map(TemplateQuestion::toDraft).toList());
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public List<TemplateQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
