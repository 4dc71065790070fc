package io.luodi.requirements.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Downloads;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import io.luodi.requirements.survey.MissingAnswersException;
import io.luodi.requirements.survey.StakeholderKind;
import io.luodi.requirements.survey.SurveyDetail;
import io.luodi.requirements.survey.SurveyDetails;
import io.luodi.requirements.survey.SurveyExports;
import io.luodi.requirements.survey.SurveyManagement;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's surveys: the list with stakeholder coverage, a survey's page, creating and editing one, and
 * completing or reopening it. Implementer staff only; to customers every survey address is a 404.
 */
@Controller
@RequestMapping("/projects/{projectId}/surveys")
class SurveyController {


    private final SurveyManagement surveys;
    private final SurveyExports exports;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final Clock clock;

    SurveyController(SurveyManagement surveys, SurveyExports exports, ProjectManagement projects,
                     ProjectAccessPolicy accessPolicy, Clock clock) {
        this.surveys = surveys;
        this.exports = exports;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.clock = clock;
    }

    @GetMapping
    String list(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("surveys", surveys.list(access));
        return page(model, access, "requirements/surveys/list");
    }

    @GetMapping("/new")
    String showCreateForm(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        boolean conducts = surveys.conductorChoices(access).stream().anyMatch(m -> m.userId() == user.id());
        model.addAttribute("survey", new SurveyDetails(null, StakeholderKind.BUSINESS, null, LocalDate.now(clock), null,
                conducts ? List.of(user.id()) : List.of(), null));
        return form(model, access, null);
    }

    @PostMapping
    String processCreateForm(@PathVariable long projectId, CurrentUser user,
                             @Valid @ModelAttribute("survey") SurveyDetails details, BindingResult result,
                             Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        if (!result.hasErrors()) {
            try {
                long id = surveys.create(access, details);
                redirect.addFlashAttribute("message", "survey.created");
                return "redirect:/projects/" + projectId + "/surveys/" + id + "/sections/1";
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(model, access, null);
    }

    @GetMapping("/{surveyId}")
    String show(@PathVariable long projectId, @PathVariable long surveyId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("detail", surveys.detail(access, surveyId));
        return page(model, access, "requirements/surveys/detail");
    }

    @GetMapping("/{surveyId}/edit")
    String showEditForm(@PathVariable long projectId, @PathVariable long surveyId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        SurveyDetail detail = surveys.detail(access, surveyId);
        model.addAttribute("survey", detail.header().details());
        return form(model, access, detail);
    }

    @PostMapping("/{surveyId}/edit")
    String processEditForm(@PathVariable long projectId, @PathVariable long surveyId, CurrentUser user,
                           @Valid @ModelAttribute("survey") SurveyDetails details, BindingResult result,
                           Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        SurveyDetail detail = surveys.detail(access, surveyId);
        if (!result.hasErrors()) {
            try {
                surveys.update(access, surveyId, details);
                redirect.addFlashAttribute("message", "survey.saved");
                return "redirect:/projects/" + projectId + "/surveys/" + surveyId;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(model, access, detail);
    }

    /**
     * Completes the survey. With required questions unanswered the first attempt is refused and the survey's page
     * asks for confirmation; the confirmed attempt completes it.
     */
    @PostMapping("/{surveyId}/complete")
    String complete(@PathVariable long projectId, @PathVariable long surveyId, CurrentUser user,
                    @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        try {
            surveys.complete(access, surveyId, confirmed);
            redirect.addFlashAttribute("message", "survey.completed");
        } catch (MissingAnswersException missing) {
            redirect.addFlashAttribute("confirmComplete", missing.missing());
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
        }
        return "redirect:/projects/" + projectId + "/surveys/" + surveyId;
    }

    @PostMapping("/{surveyId}/reopen")
    String reopen(@PathVariable long projectId, @PathVariable long surveyId, CurrentUser user,
                  RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Flash.attempt(redirect, "survey.reopened", () -> surveys.reopen(access, surveyId));
        return "redirect:/projects/" + projectId + "/surveys/" + surveyId;
    }

    @GetMapping("/answers.xlsx")
    ResponseEntity<byte[]> exportProjectAnswers(@PathVariable long projectId, CurrentUser user) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        return Downloads.of(exports.projectAnswers(access, projects.overview(access).project().code(),
                LocaleContextHolder.getLocale()));
    }

    @GetMapping("/{surveyId}/results.xlsx")
    ResponseEntity<byte[]> exportExcel(@PathVariable long projectId, @PathVariable long surveyId, CurrentUser user) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        return Downloads.of(exports.excel(access, surveyId, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/{surveyId}/results.docx")
    ResponseEntity<byte[]> exportWord(@PathVariable long projectId, @PathVariable long surveyId, CurrentUser user) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        return Downloads.of(exports.word(access, surveyId, LocaleContextHolder.getLocale()));
    }

    private String form(Model model, ProjectAccess access, SurveyDetail existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("templates", existing == null ? surveys.templateChoices(access) : List.of());
        model.addAttribute("conductors", surveys.conductorChoices(access));
        model.addAttribute("kinds", StakeholderKind.values());
        return page(model, access, "requirements/surveys/form");
    }

    private String page(Model model, ProjectAccess access, String view) {
        model.addAttribute("access", access);
        model.addAttribute("overview", projects.overview(access));
        return view;
    }
}
