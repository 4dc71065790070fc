package io.luodi.requirements.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectOverview;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Downloads;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.scope.ChangeAction;
import io.luodi.requirements.scope.ChangeContext;
import io.luodi.requirements.scope.ChangeRequestDetail;
import io.luodi.requirements.scope.ChangeRequestManagement;
import io.luodi.requirements.scope.ChangeRequestStatus;
import io.luodi.requirements.scope.ScopeManagement;
import io.luodi.requirements.scope.ScopeSection;
import io.luodi.requirements.scope.SignatureSide;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
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

/**
 * Change requests of a project: the list and its Excel export, raising one, each side's decision, withdrawing
 * and raising a stale request again.
 */
@Controller
@RequestMapping("/projects/{projectId}/change-requests")
class ChangeRequestController {

    private final ChangeRequestManagement changeRequests;
    private final ScopeManagement scope;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;

    ChangeRequestController(ChangeRequestManagement changeRequests, ScopeManagement scope,
                            ProjectManagement projects, ProjectAccessPolicy accessPolicy) {
        this.changeRequests = changeRequests;
        this.scope = scope;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
    }

    @GetMapping
    String list(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        projectPage(model, access);
        model.addAttribute("changeRequests", changeRequests.list(access));
        model.addAttribute("signedOff", scope.isSignedOff(access));
        return "requirements/change-requests/list";
    }

    @GetMapping("/new")
    String showChangeRequestForm(@PathVariable long projectId, CurrentUser user, Model model,
                                 RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        try {
            ChangeContext context = changeRequests.context(access);
            model.addAttribute("changeRequest", ChangeRequestForm.blank());
            return form(model, access, context);
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
            return "redirect:/projects/" + projectId + "/change-requests";
        }
    }

    @PostMapping(path = "/new", params = "addItem")
    String addItem(@PathVariable long projectId, CurrentUser user,
                   @ModelAttribute("changeRequest") ChangeRequestForm form, BindingResult result, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        ChangeContext context = changeRequests.context(access);
        model.addAttribute("changeRequest", form.withBlankItem(context));
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "changeRequest");
        return form(model, access, context);
    }

    @PostMapping(path = "/new", params = "addSection")
    String addSection(@PathVariable long projectId, CurrentUser user,
                      @ModelAttribute("changeRequest") ChangeRequestForm form, BindingResult result, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        ChangeContext context = changeRequests.context(access);
        model.addAttribute("changeRequest", form.withBlankSection(context));
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "changeRequest");
        return form(model, access, context);
    }

    @PostMapping("/new")
    String processChangeRequestForm(@PathVariable long projectId, CurrentUser user,
                                    @Valid @ModelAttribute("changeRequest") ChangeRequestForm form,
                                    BindingResult result, Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        ChangeContext context = changeRequests.context(access);
        if (!result.hasErrors()) {
            try {
                int number = changeRequests.submit(access, form.toDraft());
                redirect.addFlashAttribute("message", "changeRequest.submitted");
                return "redirect:/projects/" + projectId + "/change-requests/" + number;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(model, access, context);
    }

    @GetMapping("/{number}")
    String show(@PathVariable long projectId, @PathVariable int number, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        ChangeRequestDetail detail = changeRequests.detail(access, number);
        projectPage(model, access);
        model.addAttribute("changeRequest", detail);
        SignatureSide side = SignatureSide.of(access).orElse(null);
        model.addAttribute("side", side);
        model.addAttribute("canDecide", side != null && detail.summary().isSubmitted()
                && detail.summary().decision(side) == null);
        model.addAttribute("canWithdraw", changeRequests.canWithdraw(access, detail.summary()));
        return "requirements/change-requests/detail";
    }

    @PostMapping("/{number}/decision")
    String decide(@PathVariable long projectId, @PathVariable int number, CurrentUser user,
                  @RequestParam boolean approve, @RequestParam(required = false) String comment,
                  RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        try {
            ChangeRequestStatus status = changeRequests.decide(access, number, approve, comment);
            redirect.addFlashAttribute("message", switch (status) {
                case APPROVED -> "changeRequest.approved";
                case REJECTED -> "changeRequest.rejected";
                default -> approve ? "changeRequest.approvedBySide" : "changeRequest.rejected";
            });
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
        } catch (OptimisticLockingFailureException raced) {
            redirect.addFlashAttribute("error", "changeRequest.raced");
        }
        return "redirect:/projects/" + projectId + "/change-requests/" + number;
    }

    @PostMapping("/{number}/withdraw")
    String withdraw(@PathVariable long projectId, @PathVariable int number, CurrentUser user,
                    RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Flash.attempt(redirect, "changeRequest.withdrawn", () -> changeRequests.withdraw(access, number));
        return "redirect:/projects/" + projectId + "/change-requests/" + number;
    }

    @PostMapping("/{number}/raise-again")
    String raiseAgain(@PathVariable long projectId, @PathVariable int number, CurrentUser user,
                      RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        try {
            int again = changeRequests.raiseAgain(access, number);
            redirect.addFlashAttribute("message", "changeRequest.raisedAgain");
            return "redirect:/projects/" + projectId + "/change-requests/" + again;
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
            return "redirect:/projects/" + projectId + "/change-requests/" + number;
        }
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long projectId, CurrentUser user) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        ProjectOverview overview = projects.overview(access);
        return Downloads.of(changeRequests.export(access, overview.project().code(),
                LocaleContextHolder.getLocale()));
    }

    private String form(Model model, ProjectAccess access, ChangeContext context) {
        projectPage(model, access);
        model.addAttribute("context", context);
        model.addAttribute("actions", ChangeAction.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("sectionChoices", ScopeSection.values());
        return "requirements/change-requests/form";
    }

    private void projectPage(Model model, ProjectAccess access) {
        model.addAttribute("access", access);
        model.addAttribute("overview", projects.overview(access));
    }
}
