package io.luodi.requirements.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import io.luodi.requirements.painpoint.Frequency;
import io.luodi.requirements.painpoint.PainPointFilter;
import io.luodi.requirements.painpoint.PainPointForm;
import io.luodi.requirements.painpoint.PainPointManagement;
import io.luodi.requirements.painpoint.Severity;
import jakarta.validation.Valid;
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

/** A project's pain points: list with filters, record (from scratch or from a survey answer), edit, delete. */
@Controller
@RequestMapping("/projects/{projectId}/pain-points")
class PainPointController {

    private static final String FORM = "requirements/pain-points/form";

    private final PainPointManagement painPoints;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;

    PainPointController(PainPointManagement painPoints, ProjectAccessPolicy accessPolicy,
                        ProjectManagement projects) {
        this.painPoints = painPoints;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
    }

    @GetMapping
    String list(@PathVariable long projectId, CurrentUser user, @RequestParam(required = false) Severity severity,
                @RequestParam(required = false) String process, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        PainPointFilter filter = new PainPointFilter(severity, process);
        model.addAttribute("painPoints", painPoints.list(access, filter));
        model.addAttribute("processes", painPoints.processes(access));
        model.addAttribute("filter", filter);
        model.addAttribute("severities", Severity.values());
        return page(model, access, "requirements/pain-points/list");
    }

    @GetMapping("/new")
    String showCreateForm(@PathVariable long projectId, CurrentUser user,
                          @RequestParam(required = false) Long answerId, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        String description = answerId == null ? null : painPoints.answer(access, answerId).answerSummary();
        model.addAttribute("painPoint", PainPointForm.blank(answerId, description));
        return form(model, access, null);
    }

    @PostMapping
    String processCreateForm(@PathVariable long projectId, CurrentUser user,
                             @Valid @ModelAttribute("painPoint") PainPointForm form, BindingResult result,
                             Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        if (!result.hasErrors()) {
            try {
                long id = painPoints.create(access, form);
                redirect.addFlashAttribute("message", "painPoint.created");
                return "redirect:/projects/" + projectId + "/pain-points/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(model, access, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("painPoint", painPoints.detail(access, id));
        return page(model, access, "requirements/pain-points/detail");
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("painPoint", painPoints.detail(access, id).toForm());
        return form(model, access, id);
    }

    @PostMapping("/{id}")
    String processEditForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                           @Valid @ModelAttribute("painPoint") PainPointForm form, BindingResult result,
                           Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        if (!result.hasErrors()) {
            try {
                painPoints.update(access, id, form);
                redirect.addFlashAttribute("message", "painPoint.saved");
                return "redirect:/projects/" + projectId + "/pain-points/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(model, access, id);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        try {
            painPoints.delete(access, id, version);
            redirect.addFlashAttribute("message", "painPoint.deleted");
            return "redirect:/projects/" + projectId + "/pain-points";
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
            return "redirect:/projects/" + projectId + "/pain-points/" + id;
        }
    }

    /** The form and its choices; the answer it starts from is shown beside it. */
    private String form(Model model, ProjectAccess access, Long id) {
        PainPointForm form = (PainPointForm) model.getAttribute("painPoint");
        model.addAttribute("painPointId", id);
        model.addAttribute("answer", form != null && form.answerId() != null
                ? painPoints.answer(access, form.answerId()) : null);
        model.addAttribute("processes", painPoints.processes(access));
        model.addAttribute("severities", Severity.values());
        model.addAttribute("frequencies", Frequency.values());
        return page(model, access, FORM);
    }

    private String page(Model model, ProjectAccess access, String view) {
        model.addAttribute("access", access);
        model.addAttribute("overview", projects.overview(access));
        return view;
    }
}
