package io.luodi.requirements.survey;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectOverview;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.UserAccount;
import io.luodi.core.user.UserManagement;
import io.luodi.requirements.template.SurveyTemplate;
import io.luodi.requirements.template.SurveyTemplateRepository;
import io.luodi.requirements.template.TemplateQuestion;
import io.luodi.requirements.template.TemplateSection;
import io.luodi.requirements.template.TemplateStatus;
import io.luodi.requirements.template.TemplateSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Surveys in the field: a project's implementer staff run published templates with the customer's stakeholder
 * groups, log answers during the interview and complete the survey. Surveys are the implementer's working
 * material; to a customer user they do not exist.
 */
@Service
@Transactional(readOnly = true)
public class SurveyManagement {

    private static final int MAX_SUMMARY = 500;

    private final SurveyRepository surveys;
    private final SurveyAnswerRepository answers;
    private final SurveyTemplateRepository templates;
    private final ProjectManagement projects;
    private final UserManagement users;
    private final AuditLog audit;
    private final Clock clock;

    SurveyManagement(SurveyRepository surveys, SurveyAnswerRepository answers, SurveyTemplateRepository templates,
                     ProjectManagement projects, UserManagement users, AuditLog audit, Clock clock) {
        this.surveys = surveys;
        this.answers = answers;
        this.templates = templates;
        this.projects = projects;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The project's surveys, newest first, with progress, and which stakeholder kinds they cover. */
    public SurveyList list(ProjectAccess access) {
        requireInternal(access);
        List<Survey> all = surveys.findByProjectWithConductors(access.projectId());
        Map<Long, SurveyTemplate> templatesById = templates.findAllById(
                all.stream().map(Survey::getTemplateId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(SurveyTemplate::getId, Function.identity()));
        Map<Long, List<SurveyAnswer>> answersBySurvey = all.isEmpty() ? Map.of()
                : answers.findBySurveyIdIn(all.stream().map(Survey::getId).toList()).stream()
                .collect(Collectors.groupingBy(SurveyAnswer::getSurveyId));
        Map<Long, UserAccount> people = users.byIds(all.stream()
                .flatMap(s -> s.getConductorIds().stream()).collect(Collectors.toSet()));
        List<SurveySummary> summaries = all.stream().map(s -> {
            SurveyTemplate template = templatesById.get(s.getTemplateId());
            Progress progress = questionnaire(template, answersBySurvey.getOrDefault(s.getId(), List.of()))
                    .progress();
            List<String> conductors = s.getConductorIds().stream().map(people::get).filter(Objects::nonNull)
                    .map(UserAccount::getDisplayName).sorted().toList();
            return new SurveySummary(s.getId(), s.getStakeholderKind(), s.getStakeholderGroup(), s.getSurveyDate(),
                    template.getName(), template.getVersionNumber(), conductors, progress, s.getStatus());
        }).toList();
        return new SurveyList(summaries, coverage(summaries));
    }

    private static List<StakeholderCoverage> coverage(List<SurveySummary> summaries) {
        List<StakeholderCoverage> coverage = new ArrayList<>();
        for (StakeholderKind kind : StakeholderKind.values()) {
            Map<String, List<SurveySummary>> byGroup = summaries.stream()
                    .filter(s -> s.stakeholderKind() == kind)
                    .sorted(Comparator.comparing(SurveySummary::surveyDate))
                    .collect(Collectors.groupingBy(SurveySummary::stakeholderGroup, LinkedHashMap::new,
                            Collectors.toList()));
            coverage.add(new StakeholderCoverage(kind, byGroup.entrySet().stream()
                    .map(e -> new StakeholderCoverage.Group(e.getKey(), e.getValue().size(),
                            e.getValue().stream().anyMatch(s -> s.status() == SurveyStatus.COMPLETED)))
                    .toList()));
        }
        return coverage;
    }

    /** Published templates a survey can run, those made for the project's kind of system first. */
    public List<TemplateSummary> templateChoices(ProjectAccess access) {
        requireInternal(access);
        SystemType systemType = projects.overview(access).project().systemType();
        return templates.summaries().stream()
                .filter(t -> t.status() == TemplateStatus.PUBLISHED)
                .sorted(Comparator.comparing((TemplateSummary t) -> t.systemType() != systemType))
                .toList();
    }

    /** Who may conduct a survey: the project's members on the implementer's side. */
    public List<ProjectOverview.MemberView> conductorChoices(ProjectAccess access) {
        requireInternal(access);
        return implementerMembers(access);
    }

    @Transactional
    public long create(ProjectAccess access, SurveyDetails details) {
        requireInternal(access);
        if (details.templateId() == null) {
            throw BusinessRuleException.onField("templateId", "survey.template.required");
        }
        SurveyTemplate template = templates.findById(details.templateId())
                .filter(t -> t.getStatus() == TemplateStatus.PUBLISHED)
                .orElseThrow(() -> BusinessRuleException.onField("templateId", "survey.template.unpublished"));
        requireConductors(access, details);
        Survey survey = surveys.save(Survey.start(access.projectId(), template.getId(), details,
                access.user().username()));
        audit.record(AuditAction.CREATE, "survey", survey.getId(), access.projectId(),
                survey.label() + " " + template.getName() + " v" + template.getVersionNumber());
        return survey.getId();
    }

    /** Changes a survey's particulars; its template stays the one its answers were given to. */
    @Transactional
    public void update(ProjectAccess access, long surveyId, SurveyDetails details) {
        requireInternal(access);
        Survey survey = load(access, surveyId);
        if (details.version() != null && details.version() != survey.getVersion()) {
            throw new BusinessRuleException("survey.changed.meanwhile");
        }
        requireConductors(access, details);
        survey.revise(details);
        audit.record(AuditAction.UPDATE, "survey", surveyId, access.projectId(), survey.label());
    }

    public SurveyDetail detail(ProjectAccess access, long surveyId) {
        requireInternal(access);
        Survey survey = load(access, surveyId);
        SurveyTemplate template = template(survey);
        Questionnaire questionnaire = questionnaire(template, answers.findBySurveyId(surveyId));
        List<QuestionView> missing = new ArrayList<>();
        for (TemplateSection section : template.getSections()) {
            section.getQuestions().stream().filter(questionnaire::isMissing)
                    .forEach(q -> missing.add(QuestionView.of(q, section.getPosition(), true, AnswerView.NONE)));
        }
        return new SurveyDetail(header(survey, template), sectionProgress(questionnaire), questionnaire.progress(),
                missing);
    }

    /** One section of the survey, with its questions and their answers, as the fieldwork page shows it. */
    public SectionPage section(ProjectAccess access, long surveyId, int position) {
        requireInternal(access);
        Survey survey = load(access, surveyId);
        SurveyTemplate template = template(survey);
        List<TemplateSection> sections = template.getSections();
        TemplateSection section = sections.stream().filter(s -> s.getPosition() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("section " + position + " of survey " + surveyId));
        List<SurveyAnswer> stored = answers.findBySurveyId(surveyId);
        Questionnaire questionnaire = questionnaire(template, stored);
        Map<Long, AnswerView> views = answerViews(stored);
        List<QuestionView> questions = section.getQuestions().stream()
                .map(q -> QuestionView.of(q, position, questionnaire.isAsked(q),
                        views.getOrDefault(q.getId(), AnswerView.NONE)))
                .toList();
        int index = sections.indexOf(section);
        return new SectionPage(header(survey, template), sectionProgress(questionnaire), questionnaire.progress(),
                new SectionProgress(position, section.getTitle(), questionnaire.progress(section)), questions,
                index > 0 ? sections.get(index - 1).getPosition() : null,
                index < sections.size() - 1 ? sections.get(index + 1).getPosition() : null);
    }

    /** One question with its answer as stored now (after a conflict, "take theirs" shows it again). */
    public QuestionView question(ProjectAccess access, long surveyId, long questionId) {
        requireInternal(access);
        Survey survey = load(access, surveyId);
        SurveyTemplate template = template(survey);
        List<SurveyAnswer> stored = answers.findBySurveyId(surveyId);
        return questionView(template, questionnaire(template, stored), answerViews(stored), questionId);
    }

    /**
     * Saves one answer. The consultant sends the version of the answer they were editing; when someone else has
     * saved a different answer since, nothing is written and the outcome is a {@link SaveOutcome.Conflict} with
     * both. An answer that is not one the question can have is refused ({@link BusinessRuleException} on
     * {@code value}). Saves to one survey are serialised, so two saves with the same version cannot both win.
     */
    @Transactional
    public SaveOutcome saveAnswer(ProjectAccess access, long surveyId, long questionId, AnswerInput input) {
        requireInternal(access);
        Survey survey = surveys.lockByIdAndProjectId(surveyId, access.projectId())
                .orElseThrow(() -> new NotFoundException("survey " + surveyId));
        SurveyTemplate template = template(survey);
        TemplateQuestion question = findQuestion(template, questionId);
        survey.requireOpen();
        AnswerValue value = AnswerParser.parse(question, input);
        String note = AnswerParser.note(input.note());
        Optional<SurveyAnswer> stored = answers.findBySurveyIdAndQuestionId(surveyId, questionId);
        Long storedVersion = stored.map(SurveyAnswer::getVersion).orElse(null);
        if (stored.isPresent() && !Objects.equals(storedVersion, input.version())
                && !stored.get().holds(value, note)) {
            List<SurveyAnswer> all = answers.findBySurveyId(surveyId);
            return new SaveOutcome.Conflict(questionView(template, questionnaire(template, all), answerViews(all),
                    questionId), value, note);
        }
        SurveyAnswer answer = stored.orElseGet(() -> new SurveyAnswer(surveyId, questionId));
        boolean isNew = stored.isEmpty();
        if (answer.change(value, note, access.user().username(), clock.instant())) {
            answers.saveAndFlush(answer);
            audit.record(isNew ? AuditAction.CREATE : AuditAction.UPDATE, "survey-answer", answer.getId(),
                    access.projectId(), survey.label() + " " + question.getCode());
        }
        List<SurveyAnswer> all = answers.findBySurveyId(surveyId);
        Questionnaire questionnaire = questionnaire(template, all);
        return new SaveOutcome.Saved(questionView(template, questionnaire, answerViews(all), questionId),
                sectionProgress(questionnaire), questionnaire.progress());
    }

    /**
     * Completes the survey. With required questions still unanswered it is refused with a
     * {@link MissingAnswersException} unless the consultant has confirmed that it ends so.
     */
    @Transactional
    public void complete(ProjectAccess access, long surveyId, boolean despiteMissingAnswers) {
        requireInternal(access);
        Survey survey = load(access, surveyId);
        int missing = questionnaire(template(survey), answers.findBySurveyId(surveyId)).missing().size();
        if (missing > 0 && !despiteMissingAnswers) {
            throw new MissingAnswersException(missing);
        }
        survey.complete();
        audit.record(AuditAction.UPDATE, "survey", surveyId, access.projectId(), survey.label() + " completed"
                + (missing > 0 ? " with " + missing + " required questions unanswered" : ""));
    }

    @Transactional
    public void reopen(ProjectAccess access, long surveyId) {
        requireInternal(access);
        Survey survey = load(access, surveyId);
        survey.reopen();
        audit.record(AuditAction.UPDATE, "survey", surveyId, access.projectId(), survey.label() + " reopened");
    }

    /** Every section with every question and its answer, for the exports. */
    public SurveyReport report(ProjectAccess access, long surveyId) {
        requireInternal(access);
        Survey survey = load(access, surveyId);
        SurveyTemplate template = template(survey);
        List<SurveyAnswer> stored = answers.findBySurveyId(surveyId);
        Questionnaire questionnaire = questionnaire(template, stored);
        Map<Long, AnswerView> views = answerViews(stored);
        List<SurveyReport.Section> sections = template.getSections().stream()
                .map(s -> new SurveyReport.Section(s.getPosition(), s.getTitle(), s.getQuestions().stream()
                        .map(q -> QuestionView.of(q, s.getPosition(), questionnaire.isAsked(q),
                                views.getOrDefault(q.getId(), AnswerView.NONE)))
                        .toList()))
                .toList();
        return new SurveyReport(header(survey, template), questionnaire.progress(), sections);
    }

    /** Every survey's results, oldest first: the project's answers as one record. */
    public List<SurveyReport> reports(ProjectAccess access) {
        requireInternal(access);
        return surveys.findByProjectWithConductors(access.projectId()).stream()
                .sorted(Comparator.comparing(Survey::getSurveyDate).thenComparing(Survey::getId))
                .map(survey -> report(access, survey.getId()))
                .toList();
    }

    /**
     * Describes an answer of one of the project's surveys for traceability (a pain point or requirement that
     * came from it). Empty when there is no such answer in that project. The caller has checked access.
     */
    public Optional<AnswerReference> describeAnswer(long projectId, long answerId) {
        return describeAnswers(projectId, List.of(answerId)).stream().findFirst();
    }

    /** {@link #describeAnswer} for several answers, in the order asked; ids not in the project are left out. */
    public List<AnswerReference> describeAnswers(long projectId, Collection<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        Map<Long, SurveyAnswer> found = answers.findInProject(projectId, Set.copyOf(answerIds)).stream()
                .collect(Collectors.toMap(SurveyAnswer::getId, Function.identity()));
        Map<Long, Survey> surveysById = surveys.findAllById(found.values().stream()
                .map(SurveyAnswer::getSurveyId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Survey::getId, Function.identity()));
        Map<Long, SurveyTemplate> templatesById = new HashMap<>();
        List<AnswerReference> references = new ArrayList<>();
        for (Long answerId : new LinkedHashSet<>(answerIds)) {
            SurveyAnswer answer = found.get(answerId);
            if (answer == null) {
                continue;
            }
            Survey survey = surveysById.get(answer.getSurveyId());
            SurveyTemplate template = templatesById.computeIfAbsent(survey.getTemplateId(),
                    id -> templates.findById(id).orElseThrow());
            QuestionView question = describedQuestion(template, answer);
            String summary = AnswerText.of(question, answer.value(), AnswerValue.YES, AnswerValue.NO, " | ");
            references.add(new AnswerReference(answerId, survey.getId(), survey.label(), question.code(),
                    question.text(), summary.length() > MAX_SUMMARY
                    ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary));
        }
        return references;
    }

    /** Whether the project has any survey yet (the demo data fills only an empty project). */
    public boolean hasSurveys(ProjectAccess access) {
        requireInternal(access);
        return surveys.existsByProjectId(access.projectId());
    }

    private Survey load(ProjectAccess access, long surveyId) {
        return surveys.findByIdAndProjectId(surveyId, access.projectId())
                .orElseThrow(() -> new NotFoundException("survey " + surveyId));
    }

    private SurveyTemplate template(Survey survey) {
        return templates.findById(survey.getTemplateId()).orElseThrow();
    }

    private static TemplateQuestion findQuestion(SurveyTemplate template, long questionId) {
        return locate(template, questionId).question();
    }

    /** A question of the template with the section it stands in; another template's question is not found. */
    private static Located locate(SurveyTemplate template, long questionId) {
        for (TemplateSection section : template.getSections()) {
            for (TemplateQuestion q : section.getQuestions()) {
                if (q.getId() == questionId) {
                    return new Located(section.getPosition(), q);
                }
            }
        }
        throw new NotFoundException("question " + questionId);
    }

    private record Located(int sectionPosition, TemplateQuestion question) {
    }

    private static QuestionView questionView(SurveyTemplate template, Questionnaire questionnaire,
                                             Map<Long, AnswerView> views, long questionId) {
        Located located = locate(template, questionId);
        return QuestionView.of(located.question(), located.sectionPosition(),
                questionnaire.isAsked(located.question()), views.getOrDefault(questionId, AnswerView.NONE));
    }

    /** A question with one answer, for describing it; whether it is asked does not matter there. */
    private QuestionView describedQuestion(SurveyTemplate template, SurveyAnswer answer) {
        Located located = locate(template, answer.getQuestionId());
        return QuestionView.of(located.question(), located.sectionPosition(), true,
                answerViews(List.of(answer)).get(answer.getQuestionId()));
    }

    private Map<Long, AnswerView> answerViews(List<SurveyAnswer> stored) {
        Map<String, String> names = new HashMap<>();
        for (String username : stored.stream().map(SurveyAnswer::getUpdatedBy).collect(Collectors.toSet())) {
            names.put(username, users.findByUsername(username).map(UserAccount::getDisplayName).orElse(username));
        }
        return stored.stream().collect(Collectors.toMap(SurveyAnswer::getQuestionId,
                a -> new AnswerView(a.getId(), a.value(), a.getNote(), a.getUpdatedBy(), names.get(a.getUpdatedBy()),
                        a.getUpdatedAt(), a.getVersion())));
    }

    private static Questionnaire questionnaire(SurveyTemplate template, List<SurveyAnswer> stored) {
        Map<Long, String> codes = new HashMap<>();
        template.getSections().forEach(s -> s.getQuestions().forEach(q -> codes.put(q.getId(), q.getCode())));
        Map<String, AnswerValue> byCode = new HashMap<>();
        for (SurveyAnswer answer : stored) {
            String code = codes.get(answer.getQuestionId());
            if (code != null) {
                byCode.put(code, answer.value());
            }
        }
        return new Questionnaire(template.getSections(), byCode);
    }

    private static List<SectionProgress> sectionProgress(Questionnaire questionnaire) {
        return questionnaire.sections().stream()
                .map(s -> new SectionProgress(s.getPosition(), s.getTitle(), questionnaire.progress(s)))
                .toList();
    }

    private SurveyHeader header(Survey survey, SurveyTemplate template) {
        Map<Long, UserAccount> people = users.byIds(survey.getConductorIds());
        List<SurveyHeader.Conductor> conductors = survey.getConductorIds().stream()
                .map(id -> new SurveyHeader.Conductor(id, people.containsKey(id)
                        ? people.get(id).getDisplayName() : String.valueOf(id)))
                .sorted(Comparator.comparing(SurveyHeader.Conductor::displayName))
                .toList();
        return new SurveyHeader(survey.getId(), survey.getProjectId(), survey.getStakeholderKind(),
                survey.getStakeholderGroup(), survey.getSurveyDate(), survey.getParticipants(), survey.getStatus(),
                template.getId(), template.getName(), template.getVersionNumber(), conductors,
                survey.getCreatedBy(), survey.getCreatedAt(), survey.getVersion());
    }

    private List<ProjectOverview.MemberView> implementerMembers(ProjectAccess access) {
        return projects.overview(access).members().stream()
                .filter(m -> m.role().side() == OrganisationKind.IMPLEMENTER)
                .toList();
    }

    /** Conductors are the project's implementer-side members; anyone else is refused by name of the field. */
    private void requireConductors(ProjectAccess access, SurveyDetails details) {
        Set<Long> allowed = implementerMembers(access).stream().map(ProjectOverview.MemberView::userId)
                .collect(Collectors.toSet());
        if (details.conductorIds().isEmpty()) {
            throw BusinessRuleException.onField("conductorIds", "survey.conductors.required");
        }
        if (!allowed.containsAll(details.conductorIds())) {
            throw BusinessRuleException.onField("conductorIds", "survey.conductors.invalid");
        }
    }

    /** Surveys are the implementer's working material: for a customer user they do not exist. */
    private static void requireInternal(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new NotFoundException("surveys of project " + access.projectId());
        }
    }
}
