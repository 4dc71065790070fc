package io.luodi.support.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import io.luodi.support.improvement.ImprovementCategory;
import io.luodi.support.improvement.ImprovementDetail;
import io.luodi.support.improvement.ImprovementForm;
import io.luodi.support.improvement.ImprovementManagement;
import io.luodi.support.improvement.ImprovementStatus;
import io.luodi.support.improvement.StatusChangeForm;
import io.luodi.support.improvement.VoteView;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's improvement backlog: list with filters, raise, vote in place, and for the implementer edit and
 * move the status. Customers raise and vote.
 */
@Controller
@RequestMapping("/projects/{projectId}/improvements")
class ImprovementController {

    private static final String FORM = "support/improvements/form";
    private static final String DETAIL = "support/improvements/detail";

    private final ImprovementManagement improvements;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;

    ImprovementController(ImprovementManagement improvements, ProjectAccessPolicy accessPolicy,
                          ProjectManagement projects) {
        this.improvements = improvements;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
    }

    @GetMapping
    String list(@PathVariable long projectId, CurrentUser user,
                @RequestParam(required = false) ImprovementStatus status,
                @RequestParam(required = false) ImprovementCategory category, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("improvements", improvements.list(access, status, category));
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("statuses", ImprovementStatus.values());
        model.addAttribute("categories", ImprovementCategory.values());
        return page(model, access, "support/improvements/list");
    }

    @GetMapping("/new")
    String showRaiseForm(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("improvement", ImprovementForm.blank());
        return form(model, access, null);
    }

    @PostMapping
    String processRaiseForm(@PathVariable long projectId, CurrentUser user,
                            @Valid @ModelAttribute("improvement") ImprovementForm form, BindingResult result,
                            Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        if (!result.hasErrors()) {
            try {
                long id = improvements.raise(access, form);
                redirect.addFlashAttribute("message", "improvement.created");
                return "redirect:/projects/" + projectId + "/improvements/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(model, access, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        ImprovementDetail improvement = improvements.detail(access, id);
        model.addAttribute("statusChange", improvement.toStatusForm());
        return detail(model, access, improvement);
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        requireEditor(access);
        model.addAttribute("improvement", improvements.detail(access, id).toForm());
        return form(model, access, id);
    }

    @PostMapping("/{id}")
    String processEditForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                           @Valid @ModelAttribute("improvement") ImprovementForm form, BindingResult result,
                           Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        requireEditor(access);
        if (!result.hasErrors()) {
            try {
                improvements.update(access, id, form);
                redirect.addFlashAttribute("message", "improvement.saved");
                return "redirect:/projects/" + projectId + "/improvements/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("improvement.stale");
            }
        }
        return form(model, access, id);
    }

    /** A refused move shows the improvement again with the reason next to the status form. */
    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                        @Valid @ModelAttribute("statusChange") StatusChangeForm form, BindingResult result,
                        Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        requireEditor(access);
        if (!result.hasErrors()) {
            try {
                improvements.changeStatus(access, id, form);
                redirect.addFlashAttribute("message", "improvement.statusChanged");
                return "redirect:/projects/" + projectId + "/improvements/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("improvement.stale");
            }
        }
        return detail(model, access, improvements.detail(access, id));
    }

    /**
     * Casts or takes back the user's vote. With htmx only the vote button is sent back, from the list or the
     * detail page alike; without, the improvement's page.
     */
    @PostMapping("/{id}/vote")
    String vote(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        VoteView vote;
        try {
            vote = improvements.toggleVote(access, id);
        } catch (BusinessRuleException refusal) {
            if (htmx != null) {
                vote = improvements.detail(access, id).vote();
            } else {
                Flash.refused(redirect, refusal);
                return "redirect:/projects/" + projectId + "/improvements/" + id;
            }
        }
        if (htmx != null) {
            model.addAttribute("vote", vote);
            model.addAttribute("access", access);
            return "support/improvements/list :: vote";
        }
        return "redirect:/projects/" + projectId + "/improvements/" + id;
    }

    private String detail(Model model, ProjectAccess access, ImprovementDetail improvement) {
        model.addAttribute("improvement", improvement);
        model.addAttribute("canEdit", improvements.canEdit(access));
        model.addAttribute("vote", improvement.vote());
        return page(model, access, DETAIL);
    }

    private String form(Model model, ProjectAccess access, Long id) {
        model.addAttribute("improvementId", id);
        model.addAttribute("categories", ImprovementCategory.values());
        model.addAttribute("canEdit", improvements.canEdit(access));
        return page(model, access, FORM);
    }

    private String page(Model model, ProjectAccess access, String view) {
        model.addAttribute("access", access);
        model.addAttribute("overview", projects.overview(access));
        return view;
    }

    private void requireEditor(ProjectAccess access) {
        if (!improvements.canEdit(access)) {
            throw new ForbiddenException("editing improvements of project " + access.projectId());
        }
    }
}
