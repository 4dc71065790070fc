package io.luodi.requirements.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;

/** One question of a template section; written once with its template version. */
@Entity
@Table(name = "survey_template_question")
public class TemplateQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private TemplateSection section;

    private int position;

    private String code;

    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type")
    private QuestionType type;

    private boolean required;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> options;

    private String unit;

    private String helpText;

    private String askIfCode;

    private String askIfAnswer;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> gridRows;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> gridColumns;

    protected TemplateQuestion() {
    }

    TemplateQuestion(TemplateSection section, int position, QuestionDraft draft) {
        this.section = section;
        this.position = position;
        this.code = draft.code();
        this.text = draft.text();
        this.type = draft.type();
        this.required = draft.required();
        this.options = draft.options();
        this.unit = draft.unit();
        this.helpText = draft.helpText();
        this.askIfCode = draft.askIfCode();
        this.askIfAnswer = draft.askIfAnswer();
        this.gridRows = draft.gridRows();
        this.gridColumns = draft.gridColumns();
    }

    /** The question as a draft again, to copy it into another version or write it to a question list. */
    public QuestionDraft toDraft() {
        return new QuestionDraft(0, code, text, type, required, options, unit, helpText, askIfCode, askIfAnswer,
                gridRows, gridColumns);
    }

    /** The question's id; survey answers refer to it, which works because a published version never changes. */
    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public QuestionType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public List<String> getOptions() {
        return options;
    }

    public String getUnit() {
        return unit;
    }

    public String getHelpText() {
        return helpText;
    }

    public String getAskIfCode() {
        return askIfCode;
    }

    public String getAskIfAnswer() {
        return askIfAnswer;
    }

    public List<String> getGridRows() {
        return gridRows;
    }

    public List<String> getGridColumns() {
        return gridColumns;
    }
}
