package io.luodi.requirements.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.requirements.survey.AnswerInput;
import io.luodi.requirements.survey.SaveOutcome;
import io.luodi.requirements.survey.SurveyManagement;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.List;

/**
 * Fieldwork: a consultant logs answers during the interview, one section per page, each answer saved as it is
 * entered (htmx). A save answers with the question's state only, never with its inputs, so nothing the consultant
 * types while a save is under way is replaced. Every answer response carries {@value #OUTCOME_HEADER}, so the page
 * can tell it from a login page or a proxy's error.
 */
@Controller
@RequestMapping("/projects/{projectId}/surveys/{surveyId}")
class FieldworkController {

    static final String OUTCOME_HEADER = "X-Survey-Answer";

    private final SurveyManagement surveys;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final Clock clock;

    FieldworkController(SurveyManagement surveys, ProjectManagement projects, ProjectAccessPolicy accessPolicy,
                        Clock clock) {
        this.surveys = surveys;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.clock = clock;
    }

    @GetMapping("/sections/{position}")
    String showSection(@PathVariable long projectId, @PathVariable long surveyId, @PathVariable int position,
                       CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("page", surveys.section(access, surveyId, position));
        model.addAttribute("access", access);
        model.addAttribute("overview", projects.overview(access));
        model.addAttribute("zone", clock.getZone());
        return "requirements/surveys/section";
    }

    /** The question as stored now, with its inputs: what "take theirs" shows after a conflict. */
    @GetMapping("/answers/{questionId}")
    String showQuestion(@PathVariable long projectId, @PathVariable long surveyId, @PathVariable long questionId,
                        CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("q", surveys.question(access, surveyId, questionId));
        model.addAttribute("header", surveys.detail(access, surveyId).header());
        model.addAttribute("access", access);
        model.addAttribute("zone", clock.getZone());
        return "requirements/surveys/question :: question";
    }

    /**
     * Saves one answer. Fields: {@code version} (empty for a first answer), {@code value}, {@code choice} (each
     * ticked option), {@code cell} (a grid's cells row by row), {@code note}. Answers 200 when saved, 409 with
     * both answers when someone else saved meanwhile, 422 when the answer is refused.
     */
    @PostMapping("/answers/{questionId}")
    String saveAnswer(@PathVariable long projectId, @PathVariable long surveyId, @PathVariable long questionId,
                      @RequestParam MultiValueMap<String, String> form, CurrentUser user, Model model,
                      HttpServletResponse response) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        String version = form.getFirst("version");
        AnswerInput input = new AnswerInput(version(version), form.getFirst("value"), values(form, "choice"),
                values(form, "cell"), form.getFirst("note"));
        model.addAttribute("access", access);
        model.addAttribute("projectId", projectId);
        model.addAttribute("surveyId", surveyId);
        model.addAttribute("zone", clock.getZone());
        try {
            SaveOutcome outcome = surveys.saveAnswer(access, surveyId, questionId, input);
            model.addAttribute("q", outcome.question());
            if (outcome instanceof SaveOutcome.Conflict conflict) {
                model.addAttribute("state", "conflict");
                model.addAttribute("mine", conflict.mine());
                model.addAttribute("myNote", conflict.myNote());
                return respond(response, HttpStatus.CONFLICT, "conflict");
            }
            SaveOutcome.Saved saved = (SaveOutcome.Saved) outcome;
            model.addAttribute("state", "saved");
            model.addAttribute("version", saved.question().answer().version());
            model.addAttribute("sections", saved.sections());
            model.addAttribute("progress", saved.progress());
            return respond(response, HttpStatus.OK, "saved");
        } catch (BusinessRuleException refusal) {
            model.addAttribute("q", surveys.question(access, surveyId, questionId));
            model.addAttribute("state", "refused");
            model.addAttribute("error", refusal.messageCode());
            model.addAttribute("errorArguments", refusal.arguments());
            return respond(response, HttpStatus.UNPROCESSABLE_CONTENT, "refused");
        }
    }

    private static String respond(HttpServletResponse response, HttpStatus status, String outcome) {
        response.setStatus(status.value());
        response.setHeader(OUTCOME_HEADER, outcome);
        return "requirements/surveys/answer-response";
    }

    /** A version that is not a number cannot be the stored one: it is treated as stale. */
    private static Long version(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /** Every value of a repeated field, as sent: a ticked option may itself contain a comma. */
    private static List<String> values(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values;
    }
}
