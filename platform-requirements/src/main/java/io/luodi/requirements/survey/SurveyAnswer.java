package io.luodi.requirements.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The answer to one question of one survey, with its own version: two consultants filling in the same survey
 * only collide when they change the same answer, and then the later one is told instead of overwriting.
 */
@Entity
@Table(name = "survey_answer")
class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long surveyId;

    private Long questionId;

    private String answerText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> choices = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> gridCells = new ArrayList<>();

    private String note;

    private String updatedBy;

    private Instant updatedAt;

    @Version
    private long version;

    protected SurveyAnswer() {
    }

    SurveyAnswer(long surveyId, long questionId) {
        this.surveyId = surveyId;
        this.questionId = questionId;
    }

    /** Records a new value and note; returns false, changing nothing, when both are what is stored already. */
    boolean change(AnswerValue value, String note, String by, Instant at) {
        if (id != null && value().equals(value) && Objects.equals(this.note, note)) {
            return false;
        }
        this.answerText = value.text();
        this.choices = new ArrayList<>(value.choices());
        this.gridCells = new ArrayList<>(value.gridCells());
        this.note = note;
        this.updatedBy = by;
        this.updatedAt = at;
        return true;
    }

    boolean holds(AnswerValue value, String note) {
        return value().equals(value) && Objects.equals(this.note, note);
    }

    AnswerValue value() {
        return new AnswerValue(answerText, choices, gridCells);
    }

    Long getId() {
        return id;
    }

    Long getSurveyId() {
        return surveyId;
    }

    Long getQuestionId() {
        return questionId;
    }

    String getNote() {
        return note;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
