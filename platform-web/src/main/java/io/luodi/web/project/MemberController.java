package io.luodi.web.project;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.MemberForm;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectRole;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project's team: who is on it from either side, and in which role. Managed by the project's managers. */
@Controller
class MemberController {

    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;

    MemberController(ProjectManagement projects, ProjectAccessPolicy accessPolicy) {
        this.projects = projects;
        this.accessPolicy = accessPolicy;
    }

    @GetMapping("/projects/{projectId}/members")
    String showMembers(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        model.addAttribute("member", new MemberForm(null, ProjectRole.CONSULTANT));
        return page(model, access);
    }

    @PostMapping("/projects/{projectId}/members")
    String processAddMember(@PathVariable long projectId, CurrentUser user,
                            @Valid @ModelAttribute("member") MemberForm form, BindingResult result, Model model,
                            RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        if (!result.hasErrors()) {
            try {
                projects.addMember(access, form);
                redirect.addFlashAttribute("message", "member.added");
                return "redirect:/projects/" + projectId + "/members";
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return page(model, access);
    }

    @PostMapping("/projects/{projectId}/members/{userId}/role")
    String changeRole(@PathVariable long projectId, @PathVariable long userId, CurrentUser user,
                      @RequestParam ProjectRole role, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        return redirectAfter(projectId, redirect, "member.saved",
                () -> projects.changeMemberRole(access, new MemberForm(userId, role)));
    }

    @PostMapping("/projects/{projectId}/members/{userId}/remove")
    String remove(@PathVariable long projectId, @PathVariable long userId, CurrentUser user,
                  RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        return redirectAfter(projectId, redirect, "member.removed", () -> projects.removeMember(access, userId));
    }

    private static String redirectAfter(long projectId, RedirectAttributes redirect, String doneMessage,
                                        Runnable change) {
        Flash.attempt(redirect, doneMessage, change);
        return "redirect:/projects/" + projectId + "/members";
    }

    private String page(Model model, ProjectAccess access) {
        model.addAttribute("overview", projects.overview(access));
        model.addAttribute("access", access);
        model.addAttribute("candidates", projects.candidateMembers(access));
        model.addAttribute("roles", ProjectRole.values());
        return "project/members";
    }
}
